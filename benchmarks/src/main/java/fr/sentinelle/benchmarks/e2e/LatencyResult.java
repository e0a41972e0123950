package fr.sentinelle.benchmarks.e2e;

/**
 * End-to-end latency at a fixed offered load.
 *
 * @param offeredRate messages published per second
 * @param published messages published (warm-up included)
 * @param warmupExcluded the first messages, whose deliveries count but add no latency
 * @param delivered distinct published messages that came out of the job (for a detector, the
 *     reviews that raised or updated an alert)
 * @param duplicates outputs for a message already delivered
 * @param toTopic publish → output record on the job's output topic (alerts for a detector)
 * @param toSse publish → the alert on the alert service's SSE stream (detectors only, else null)
 * @param sseDelivered distinct messages whose alert reached the SSE subscriber (null when no SSE)
 * @param usage the job JVM while the load ran
 */
public record LatencyResult(double offeredRate, int published, long warmupExcluded, int delivered, int duplicates,
    LatencySummary toTopic, LatencySummary toSse, Integer sseDelivered, Integer sseDuplicates, JvmUsage usage) {}
