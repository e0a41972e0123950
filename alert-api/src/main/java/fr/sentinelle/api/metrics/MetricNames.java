package fr.sentinelle.api.metrics;

/** Every metric the alert service exports, as Prometheus shows them; dashboards and tests use these. */
public final class MetricNames {
  /** Counter {detector,severity}: alert records read and decoded, duplicates included. */
  public static final String ALERTS_RECEIVED = "sentinelle_alerts_received_total";
  /** Counter: alert records that repeated (or were older than) a version already stored. */
  public static final String ALERTS_DUPLICATE = "sentinelle_alerts_duplicate_total";
  /** Counter {reason}: alert records that could not be read, skipped. */
  public static final String ALERT_RECORDS_REJECTED = "sentinelle_alert_records_rejected_total";
  /** Gauge: live stream connections open now. */
  public static final String ALERT_STREAM_SUBSCRIBERS = "sentinelle_alert_stream_subscribers";
  /** Gauge: alerts held in the alert store (every detector, hidden ones included). */
  public static final String ALERTS_STORED = "sentinelle_alerts_stored";

  public static final String LABEL_DETECTOR = "detector";
  public static final String LABEL_SEVERITY = "severity";
  public static final String LABEL_REASON = "reason";

  private MetricNames() {}
}
