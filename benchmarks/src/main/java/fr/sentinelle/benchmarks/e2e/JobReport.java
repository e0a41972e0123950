package fr.sentinelle.benchmarks.e2e;

/**
 * The figures of one job in the report.
 *
 * @param baseline the pass-through job on the same feed (null for a baseline itself)
 * @param throughputRatioToBaseline this job's median throughput divided by its baseline's (null when
 *     either was not measured)
 * @param error why a phase of this job failed (the run goes on with the next job), else null
 */
public record JobReport(String name, String feed, boolean detector, ThroughputResult throughput,
    LatencyResult latency, String baseline, Double throughputRatioToBaseline, String error) {}
