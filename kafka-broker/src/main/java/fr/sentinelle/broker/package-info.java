/** A real single-node KRaft Kafka broker run as a child JVM from Maven-resolved jars, for the local stack, the demo and tests. */
package fr.sentinelle.broker;
