/** Alert state in Kafka Streams: the dedup topology, its store and the embedded streams runtime. */
package fr.sentinelle.api.state;
