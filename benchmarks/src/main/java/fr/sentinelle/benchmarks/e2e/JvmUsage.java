package fr.sentinelle.benchmarks.e2e;

/**
 * What a JVM used over a measured window.
 *
 * @param cpuCores process CPU time divided by wall time (1.0 = one core busy all the time)
 * @param heapUsedMbMax largest heap in use seen at a sample (includes garbage not yet collected)
 * @param heapUsedMbMean mean of the samples
 * @param heapCommittedMb heap the JVM had reserved at the last sample
 */
public record JvmUsage(double cpuCores, double heapUsedMbMax, double heapUsedMbMean, double heapCommittedMb,
    int samples) {}
