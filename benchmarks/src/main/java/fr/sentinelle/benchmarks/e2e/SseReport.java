package fr.sentinelle.benchmarks.e2e;

import java.util.List;

/**
 * The JSON report of {@code ./sentinelle bench sse}.
 *
 * @param expectedDeliveries subscribers × measured alerts
 * @param missed expected deliveries that never arrived (must be 0)
 * @param duplicated deliveries of an alert a subscriber already had (must be 0)
 * @param latency publish → received by a subscriber, over every (subscriber, alert) pair
 * @param service the alert service JVM while the measured alerts were published
 */
public record SseReport(String benchmark, String startedAt, String finishedAt, MachineInfo before, MachineInfo after,
    int subscribers, int failedSubscribers, int alerts, double rate, long expectedDeliveries, long delivered,
    long missed, long duplicated, LatencySummary latency, JvmUsage service, List<String> notes) {
  public static final String NAME = "sentinelle-sse-fan-out";
}
