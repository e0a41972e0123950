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

  /** Gauge {detector,severity}: cases not resolved (open, acknowledged, assigned or silenced) now. */
  public static final String CASES_OPEN = "sentinelle_cases_open";
  /** Histogram {detector}: seconds from a case (re)opening to its first acknowledge, assign or resolve. */
  public static final String CASE_ACKNOWLEDGE_SECONDS = "sentinelle_case_acknowledge_duration_seconds";
  /** Histogram: seconds from the alert record's Kafka timestamp to its hand-over to a live subscriber. */
  public static final String ALERT_STREAM_LAG_SECONDS = "sentinelle_alert_stream_lag_seconds";
  /** Counter {type}: inspector actions accepted by the API and published. */
  public static final String CASE_ACTIONS = "sentinelle_case_actions_total";

  public static final String LABEL_TYPE = "type";
  public static final String LABEL_DETECTOR = "detector";
  public static final String LABEL_SEVERITY = "severity";
  public static final String LABEL_REASON = "reason";

  private MetricNames() {}
}
