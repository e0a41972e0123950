package fr.sentinelle.jobs.common;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;

/**
 * The metrics detector operators register, named in one place. Each is a Flink metric under
 * key/value groups ({@code detector}, {@code outcome}, {@code reason}, {@code severity},
 * {@code model_version}) that Flink's Prometheus reporter turns into labels. Every events counter
 * carries the same three groups (reason is empty unless the outcome is rejected), so all of them
 * come out under one Prometheus name; {@link ExportedMetrics} lists the names the reporter exports.
 * Label values are few (never ids).
 */
public final class DetectorMetrics {
  public static final String EVENTS = "sentinelle_events_total";
  public static final String ALERTS = "sentinelle_alerts_total";
  public static final String MODEL_INFO = "sentinelle_model_info";
  public static final String SCORING_DURATION = "sentinelle_scoring_duration_seconds";

  public static final String LABEL_DETECTOR = "detector";
  public static final String LABEL_OUTCOME = "outcome";
  public static final String LABEL_REASON = "reason";
  public static final String LABEL_SEVERITY = "severity";
  public static final String LABEL_MODEL_VERSION = "model_version";

  /** Reason of every outcome but rejected: an empty label value, which Prometheus treats as no label. */
  public static final String NO_REASON = "";

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
    return eventGroup(group, detector, outcome, NO_REASON).counter(EVENTS);
  }

  public static Counter rejected(MetricGroup group, String detector, String reason) {
    return eventGroup(group, detector, REJECTED, reason).counter(EVENTS);
  }

  public static Counter alerts(MetricGroup group, String detector, String severity) {
    return group.addGroup(LABEL_DETECTOR, detector).addGroup(LABEL_SEVERITY, severity).counter(ALERTS);
  }

  /** Always 1: the labels tell which model version a detector's scoring task has loaded. */
  public static void modelInfo(MetricGroup group, String detector, String modelVersion) {
    group.addGroup(LABEL_DETECTOR, detector).addGroup(LABEL_MODEL_VERSION, modelVersion)
        .gauge(MODEL_INFO, (Gauge<Integer>) () -> 1);
  }

  /** Time the model takes to score one record; fed in nanoseconds, reported in seconds. */
  public static ScoringDuration scoringDuration(MetricGroup group, String detector) {
    return group.addGroup(LABEL_DETECTOR, detector).histogram(SCORING_DURATION, new ScoringDuration());
  }

  private static MetricGroup eventGroup(MetricGroup group, String detector, String outcome, String reason) {
    return group.addGroup(LABEL_DETECTOR, detector).addGroup(LABEL_OUTCOME, outcome).addGroup(LABEL_REASON, reason);
  }
}
