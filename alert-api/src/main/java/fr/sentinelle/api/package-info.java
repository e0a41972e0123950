/** The alert service inspectors read: Kafka Streams alert state served over REST and a live stream. */
package fr.sentinelle.api;
