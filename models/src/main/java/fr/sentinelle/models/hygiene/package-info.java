/** The restaurant-hygiene detector: its training recipe and the scoring model the Flink job loads. */
package fr.sentinelle.models.hygiene;
