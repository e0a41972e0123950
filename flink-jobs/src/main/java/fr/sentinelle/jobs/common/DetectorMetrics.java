package fr.sentinelle.jobs.common;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The counters detector operators register, named in one place. Each is a Flink counter under the
 * key/value groups {@code detector} and {@code outcome} (and {@code reason} or {@code severity}),
 * which a Prometheus reporter turns into labels: {@code sentinelle_events_total{detector,outcome,reason}},
 * {@code sentinelle_alerts_total{detector,severity}}. Label values are few (never ids).
 */
public final class DetectorMetrics {
  public static final String EVENTS = "sentinelle_events_total";
  public static final String ALERTS = "sentinelle_alerts_total";

  /** Outcome of a record that was decoded, validated and scored. */
  public static final String SCORED = "scored";
  /** Outcome of a record sent to the dead letters (with a reason label). */
  public static final String REJECTED = "rejected";
  /** Outcome of a record that arrived behind the watermark but was still used. */
  public static final String LATE_ACCEPTED = "late_accepted";
  /** Outcome of a record older than the period ending at its subject's newest record: it cannot count any more. */
  public static final String OUTSIDE_PERIOD = "outside_period";
  /** Outcome of a record already counted in the risk state (same id seen again). */
  public static final String DUPLICATE = "duplicate";

  private DetectorMetrics() {}

  public static Counter events(MetricGroup group, String detector, String outcome) {
    return group.addGroup("detector", detector).addGroup("outcome", outcome).counter(EVENTS);
  }

  public static Counter rejected(MetricGroup group, String detector, String reason) {
    return group.addGroup("detector", detector).addGroup("outcome", REJECTED).addGroup("reason", reason)
        .counter(EVENTS);
  }

  public static Counter alerts(MetricGroup group, String detector, String severity) {
    return group.addGroup("detector", detector).addGroup("severity", severity).counter(ALERTS);
  }
}
