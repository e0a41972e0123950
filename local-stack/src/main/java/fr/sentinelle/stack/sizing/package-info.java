/** Measures what a feed's records weigh on Kafka, for the topic plan's arithmetic (docs/scale-out.md). */
package fr.sentinelle.stack.sizing;
