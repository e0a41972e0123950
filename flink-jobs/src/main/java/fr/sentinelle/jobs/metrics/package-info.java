/** How job metrics leave Flink for Prometheus: a loopback reporter for the embedded cluster, and the names it exports. */
package fr.sentinelle.jobs.metrics;
