/** The end-to-end benchmark ({@code ./sentinelle bench}): generated load through the real broker, the Flink jobs and the alert service, measured from outside, with one JSON report. */
package fr.sentinelle.benchmarks.e2e;
