package fr.sentinelle.api.metrics;

import static fr.sentinelle.api.metrics.MetricNames.*;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** The service's own counters and gauges, registered in one {@link PrometheusRegistry}. */
@Singleton
public class AlertMetrics {
  private final PrometheusRegistry registry;
  private final Counter received;
  private final Counter duplicates;
  private final Counter rejected;
  private final Histogram handled;
  private final Histogram streamLag;
  private final Counter actions;

  public AlertMetrics(PrometheusRegistry registry) {
    this.registry = registry;
    this.received = Counter.builder().name(ALERTS_RECEIVED)
        .help("Alert records read from the alert topic and decoded, duplicates included")
        .labelNames(LABEL_DETECTOR, LABEL_SEVERITY).register(registry);
    this.duplicates = Counter.builder().name(ALERTS_DUPLICATE)
        .help("Alert records that repeated, or were older than, the version already stored")
        .register(registry);
    this.rejected = Counter.builder().name(ALERT_RECORDS_REJECTED)
        .help("Alert records that could not be read and were skipped")
        .labelNames(LABEL_REASON).register(registry);
    this.handled = Histogram.builder().name(CASE_ACKNOWLEDGE_SECONDS)
        .help("Seconds from a case opening (or re-opening) to its first acknowledge, assign or resolve")
        .classicUpperBounds(60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 86400, 3 * 86400, 7 * 86400)
        .labelNames(LABEL_DETECTOR).register(registry);
    this.streamLag = Histogram.builder().name(ALERT_STREAM_LAG_SECONDS)
        .help("Seconds from an alert record's Kafka timestamp to its hand-over to a live subscriber")
        .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60)
        .register(registry);
    this.actions = Counter.builder().name(CASE_ACTIONS)
        .help("Inspector actions accepted by the API and published to the actions topic")
        .labelNames(LABEL_TYPE).register(registry);
  }

  public void handled(String detector, double seconds) {
    handled.labelValues(detector).observe(seconds);
  }

  public double handledCount(String detector) {
    return handled.collect().getDataPoints().stream()
        .filter(point -> detector.equals(point.getLabels().get(LABEL_DETECTOR)))
        .mapToLong(point -> point.getCount()).sum();
  }

  public void streamLag(double seconds) {
    streamLag.observe(Math.max(0, seconds));
  }

  public void action(String type) {
    actions.labelValues(type).inc();
  }

  /** Open cases by detector and severity, computed at each scrape; no sample while the store is not queryable. */
  public void observeOpenCases(Supplier<java.util.Optional<java.util.Map<java.util.List<String>, Long>>> counts) {
    GaugeWithCallback.builder().name(CASES_OPEN)
        .help("Cases not resolved now (open, acknowledged, assigned or silenced), by detector and severity")
        .labelNames(LABEL_DETECTOR, LABEL_SEVERITY)
        .callback(cb -> counts.get().ifPresent(map -> map.forEach((labels, count) ->
            cb.call(count, labels.get(0), labels.get(1).toLowerCase(Locale.ROOT)))))
        .register(registry);
  }

  public void received(String detector, String severity) {
    received.labelValues(detector, severity.toLowerCase(Locale.ROOT)).inc();
  }

  public void duplicate() {
    duplicates.inc();
  }

  /** Reason is a {@code RejectReason} name, {@code invalid} (action) or {@code unknown_case}; exported lower-case. */
  public void rejected(String reason) {
    rejected.labelValues(reason.toLowerCase(Locale.ROOT)).inc();
  }

  public double receivedCount(String detector, String severity) {
    return received.labelValues(detector, severity.toLowerCase(Locale.ROOT)).get();
  }

  public double duplicateCount() {
    return duplicates.get();
  }

  public double rejectedCount(String reason) {
    return rejected.labelValues(reason.toLowerCase(Locale.ROOT)).get();
  }

  /** Live stream connections, read at each scrape. */
  public void observeSubscribers(Supplier<Integer> subscribers) {
    GaugeWithCallback.builder().name(ALERT_STREAM_SUBSCRIBERS)
        .help("Live alert stream connections open now")
        .callback(cb -> cb.call(subscribers.get())).register(registry);
  }

  /** Stored alerts, read at each scrape; no sample while the store is not queryable. */
  public void observeStored(Supplier<OptionalLong> stored) {
    GaugeWithCallback.builder().name(ALERTS_STORED)
        .help("Alerts held in the alert store, every detector included")
        .callback(cb -> stored.get().ifPresent(cb::call)).register(registry);
  }
}
