package fr.sentinelle.api.metrics;

import static fr.sentinelle.api.metrics.MetricNames.*;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
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
  }

  public void received(String detector, String severity) {
    received.labelValues(detector, severity.toLowerCase(Locale.ROOT)).inc();
  }

  public void duplicate() {
    duplicates.inc();
  }

  /** Reason is a {@code RejectReason} name; exported lower-case. */
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
