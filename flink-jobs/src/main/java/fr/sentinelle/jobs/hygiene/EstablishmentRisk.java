package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.avro.state.EstablishmentDetails;
import fr.sentinelle.avro.state.RiskyReview;
import fr.sentinelle.jobs.common.AlertIds;
import fr.sentinelle.jobs.common.DetectorMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per establishment (the key), the risky reviews of the last {@link RiskRule#period()} and the
 * alert they raised.
 *
 * <p>The rule:
 * <ul>
 *   <li>The period ends at the establishment's newest review event time; older reviews leave the
 *       state when a newer review pushes them out, or when the watermark passes their event time +
 *       period (an event-time timer), whichever comes first.
 *   <li>Each new risky review (a review id not already in the state) is counted on arrival. When
 *       the period then holds at least {@link RiskRule#minRiskyReviews()}, an alert is emitted:
 *       status OPEN with id {@code AlertIds.of(detector, establishment, id of this review)} if the
 *       establishment has no episode, otherwise status UPDATE with the episode's id and the grown
 *       evidence. So only new risky reviews make alerts, and replaying a partition (same order per
 *       establishment, since reviews are keyed by establishment on Kafka) makes the same ids.
 *   <li>The episode ends, and all state and timers of the establishment are cleared, when its last
 *       risky review expires. The next crossing opens a new alert with a new id.
 * </ul>
 * Reviews are evaluated on arrival rather than when the watermark passes them, so an alert goes out
 * as soon as the evidence is there; lateness policy is applied upstream (see RejectTooOld).
 */
public final class EstablishmentRisk extends KeyedProcessFunction<String, ScoredReview, Alert> {
  private static final long serialVersionUID = 1L;

  private final RiskRule rule;

  private transient MapState<String, RiskyReview> reviews;
  private transient ValueState<EstablishmentDetails> details;
  private transient ValueState<Long> newestEventTime;
  private transient ValueState<String> episodeAlertId;
  /** The one expiry timer of the establishment: its oldest kept review's. */
  private transient ValueState<Long> nextExpiry;
  private transient Counter duplicates;
  private transient Counter outsidePeriod;
  private transient Map<Severity, Counter> alerts;

  public EstablishmentRisk(RiskRule rule) {
    this.rule = Objects.requireNonNull(rule);
  }

  @Override
  public void open(OpenContext openContext) {
    // Named apart from the Java-record state of versions before 0.1 so that restoring their
    // savepoints cannot meet an incompatible serializer; such an upgrade starts the period afresh.
    reviews = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("risky-review-evidence", Types.STRING, RiskyReviews.TYPE));
    details = getRuntimeContext().getState(new ValueStateDescriptor<>("establishment-details", RiskyReviews.DETAILS_TYPE));
    newestEventTime = getRuntimeContext().getState(new ValueStateDescriptor<>("newest-event-time", Types.LONG));
    episodeAlertId = getRuntimeContext().getState(new ValueStateDescriptor<>("episode-alert-id", Types.STRING));
    nextExpiry = getRuntimeContext().getState(new ValueStateDescriptor<>("next-expiry", Types.LONG));
    var metrics = getRuntimeContext().getMetricGroup();
    duplicates = DetectorMetrics.events(metrics, HygieneJob.DETECTOR, DetectorMetrics.DUPLICATE);
    outsidePeriod = DetectorMetrics.events(metrics, HygieneJob.DETECTOR, DetectorMetrics.OUTSIDE_PERIOD);
    alerts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      alerts.put(severity, DetectorMetrics.alerts(metrics, HygieneJob.DETECTOR, severity.name()));
    }
  }

  @Override
  public void processElement(ScoredReview review, Context ctx, Collector<Alert> out) throws Exception {
    if (reviews.contains(review.reviewId())) {
      duplicates.inc();
      return;
    }
    Long previousNewest = newestEventTime.value();
    long newest = previousNewest == null ? review.eventTime() : Math.max(previousNewest, review.eventTime());
    long periodStart = newest - rule.periodMillis();
    if (review.eventTime() <= periodStart) {
      // Older than the period ending at this establishment's newest review: it cannot count any more.
      outsidePeriod.inc();
      return;
    }
    newestEventTime.update(newest);
    reviews.put(review.reviewId(), RiskyReviews.of(review));
    EstablishmentDetails known = RiskyReviews.merge(details.value(), review);
    details.update(known);
    expireNoLaterThan(expiry(review.eventTime()), ctx);
    removeUpTo(periodStart);

    List<RiskyReview> current = new ArrayList<>();
    reviews.values().forEach(current::add);
    if (current.size() < rule.minRiskyReviews()) {
      return;
    }
    String alertId = episodeAlertId.value();
    AlertStatus status = AlertStatus.UPDATE;
    if (alertId == null) {
      alertId = AlertIds.of(HygieneJob.DETECTOR, review.establishmentId(), review.reviewId());
      episodeAlertId.update(alertId);
      status = AlertStatus.OPEN;
    }
    Alert alert = HygieneAlerts.build(alertId, status, review, known, current, rule, newest);
    alerts.get(alert.getSeverity()).inc();
    out.collect(alert);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    nextExpiry.clear();
    removeUpTo(timestamp - rule.periodMillis());
    Long oldest = null;
    for (RiskyReview kept : reviews.values()) {
      oldest = oldest == null ? kept.getEventTime() : Math.min(oldest, kept.getEventTime());
    }
    if (oldest == null) {
      reviews.clear();
      newestEventTime.clear();
      episodeAlertId.clear();
      details.clear();
    } else {
      expireNoLaterThan(expiry(oldest), ctx);
    }
  }

  /**
   * Makes the establishment's one timer fire at {@code expiry} at the latest. One timer per
   * establishment rather than one per review: every timer is written to every checkpoint, and the
   * timer only has to wake the establishment when its oldest review leaves the period.
   */
  private void expireNoLaterThan(long expiry, Context ctx) throws Exception {
    Long current = nextExpiry.value();
    if (current != null && current <= expiry) {
      return;
    }
    if (current != null) {
      ctx.timerService().deleteEventTimeTimer(current);
    }
    ctx.timerService().registerEventTimeTimer(expiry);
    nextExpiry.update(expiry);
  }

  /** Removes reviews with event time at or before {@code periodStart}; the timer finds out when it fires. */
  private void removeUpTo(long periodStart) throws Exception {
    List<RiskyReview> expired = new ArrayList<>();
    for (RiskyReview kept : reviews.values()) {
      if (kept.getEventTime() <= periodStart) {
        expired.add(kept);
      }
    }
    for (RiskyReview old : expired) {
      reviews.remove(old.getReviewId());
    }
  }

  /** When a review of this event time leaves the period. */
  private long expiry(long eventTime) {
    return eventTime + rule.periodMillis();
  }
}
