package fr.sentinelle.benchmarks.e2e;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

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
 * @param toTopicWindows {@code toTopic} of each of the consecutive windows the measured part is split into
 * @param toSseWindows the same for {@code toSse} (null when no SSE)
 * @param toTopicHops {@code toTopic} split at the broker: to the feed, in the job, to the reader
 */
public record LatencyResult(double offeredRate, int published, long warmupExcluded, int delivered, int duplicates,
    LatencySummary toTopic, LatencySummary toSse, Integer sseDelivered, Integer sseDuplicates, JvmUsage usage,
    List<LatencySummary> toTopicWindows, List<LatencySummary> toSseWindows, LatencyHops.HopSummary toTopicHops) {

  /** The median of the windows' p99 to the topic. */
  @JsonProperty
  public double toTopicMedianP99Ms() {
    return medianP99(toTopicWindows);
  }

  /** The median of the windows' p99 to the SSE stream, NaN when no SSE. */
  @JsonProperty
  public double toSseMedianP99Ms() {
    return toSseWindows == null ? Double.NaN : medianP99(toSseWindows);
  }

  private static double medianP99(List<LatencySummary> windows) {
    return Stats.median(windows.stream().map(LatencySummary::p99Ms).toList());
  }
}
