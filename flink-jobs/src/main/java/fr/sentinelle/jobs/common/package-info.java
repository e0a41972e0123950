/** Operators and wiring every detector job shares: Kafka in and out, decoding, validation, dead letters, watermarks, alert ids, options and metrics. */
package fr.sentinelle.jobs.common;
