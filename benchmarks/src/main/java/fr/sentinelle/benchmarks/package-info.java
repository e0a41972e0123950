/** JMH benchmarks of the hot steps of the pipeline, with fixtures built from fixed seeds. */
package fr.sentinelle.benchmarks;
