package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.avro.state.EstablishmentDetails;
import fr.sentinelle.avro.state.EstablishmentRiskState;
import fr.sentinelle.avro.state.RiskyReview;
import fr.sentinelle.jobs.common.AlertIds;
import fr.sentinelle.jobs.common.DetectorMetrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
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
 *
 * <p>Everything kept of an establishment is one {@link EstablishmentRiskState} value, its reviews
 * oldest first: one state access per review, and a checkpoint writes the key once per establishment.
 */
public final class EstablishmentRisk extends KeyedProcessFunction<String, ScoredReview, Alert> {
  private static final long serialVersionUID = 1L;

  private final RiskRule rule;

  private transient ValueState<EstablishmentRiskState> state;
  private transient Counter duplicates;
  private transient Counter outsidePeriod;
  private transient Map<Severity, Counter> alerts;

  public EstablishmentRisk(RiskRule rule) {
    this.rule = Objects.requireNonNull(rule);
  }

  @Override
  public void open(OpenContext openContext) {
    // A new name: savepoints of versions that kept five separate states restore nothing into it,
    // so such an upgrade starts every establishment's period afresh (docs/operations.md).
    state = getRuntimeContext().getState(new ValueStateDescriptor<>("establishment-risk", RiskyReviews.STATE_TYPE));
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
    EstablishmentRiskState known = state.value();
    List<RiskyReview> reviews = known == null ? new ArrayList<>() : known.getReviews();
    if (RiskyReviews.containsId(reviews, review.reviewId())) {
      duplicates.inc();
      return;
    }
    long newest = known == null ? review.eventTime() : Math.max(known.getNewestEventTime(), review.eventTime());
    long periodStart = newest - rule.periodMillis();
    if (review.eventTime() <= periodStart) {
      // Older than the period ending at this establishment's newest review: it cannot count any more.
      outsidePeriod.inc();
      return;
    }
    RiskyReviews.insertChronologically(reviews, RiskyReviews.of(review));
    removeUpTo(reviews, periodStart);
    EstablishmentDetails details = RiskyReviews.merge(known == null ? null : known.getDetails(), review);
    EstablishmentRiskState current = known == null
        ? new EstablishmentRiskState(details, newest, null, null, reviews) : known;
    current.setDetails(details);
    current.setNewestEventTime(newest);
    expireNoLaterThan(current, ctx);

    if (reviews.size() >= rule.minRiskyReviews()) {
      AlertStatus status = AlertStatus.UPDATE;
      if (current.getEpisodeAlertId() == null) {
        current.setEpisodeAlertId(AlertIds.of(HygieneJob.DETECTOR, review.establishmentId(), review.reviewId()));
        status = AlertStatus.OPEN;
      }
      Alert alert = HygieneAlerts.build(current.getEpisodeAlertId(), status, review, details,
          Collections.unmodifiableList(reviews), rule, newest);
      alerts.get(alert.getSeverity()).inc();
      out.collect(alert);
    }
    state.update(current);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    EstablishmentRiskState current = state.value();
    if (current == null) {
      return;
    }
    current.setNextExpiry(null);
    removeUpTo(current.getReviews(), timestamp - rule.periodMillis());
    if (current.getReviews().isEmpty()) {
      // The episode is over: the next crossing opens a new alert.
      state.clear();
      return;
    }
    expireNoLaterThan(current, ctx);
    state.update(current);
  }

  /**
   * Makes the establishment's one timer fire at its oldest review's expiry at the latest. One timer
   * per establishment rather than one per review: every timer is written to every checkpoint, and
   * the timer only has to wake the establishment when its oldest review leaves the period.
   */
  private void expireNoLaterThan(EstablishmentRiskState current, Context ctx) {
    long expiry = current.getReviews().get(0).getEventTime() + rule.periodMillis();
    Long timer = current.getNextExpiry();
    if (timer != null && timer <= expiry) {
      return;
    }
    if (timer != null) {
      ctx.timerService().deleteEventTimeTimer(timer);
    }
    ctx.timerService().registerEventTimeTimer(expiry);
    current.setNextExpiry(expiry);
  }

  /** Removes the reviews (oldest first) with event time at or before {@code periodStart}. */
  private static void removeUpTo(List<RiskyReview> reviews, long periodStart) {
    int expired = 0;
    while (expired < reviews.size() && reviews.get(expired).getEventTime() <= periodStart) {
      expired++;
    }
    reviews.subList(0, expired).clear();
  }
}
