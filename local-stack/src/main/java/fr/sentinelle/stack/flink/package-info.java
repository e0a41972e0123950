/** A real Flink session cluster (JobManager and TaskManagers as separate JVMs) and its REST API, on one machine. */
package fr.sentinelle.stack.flink;
