package fr.sentinelle.jobs.hygiene;

import static fr.sentinelle.jobs.hygiene.Reviews.T0;
import static fr.sentinelle.jobs.hygiene.Reviews.risky;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.jobs.common.AlertIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EstablishmentRiskTest {
  private static final RiskRule RULE = new RiskRule(Duration.ofDays(30), 3, 10);

  private KeyedOneInputStreamOperatorTestHarness<String, ScoredReview, Alert> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new EstablishmentRisk(RULE)),
        ScoredReview::establishmentId, Types.STRING);
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void send(ScoredReview review) throws Exception {
    harness.processElement(review, review.eventTime());
  }

  private static Instant day(double days) {
    return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  private static List<String> evidenceIds(Alert alert) {
    return alert.getEvidence().stream().map(Evidence::getSource).map(s -> s.getRecordId()).toList();
  }

  @Test
  void thirdRiskyReviewWithinThePeriodOpensAnAlertNamedAfterIt() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e1", day(10), 0.7));
    assertTrue(harness.extractOutputValues().isEmpty());

    send(risky("r3", "e1", day(20), 0.9));

    List<Alert> alerts = harness.extractOutputValues();
    assertEquals(1, alerts.size());
    Alert alert = alerts.get(0);
    assertEquals(AlertIds.of("restaurant-hygiene", "e1", "r3"), alert.getAlertId());
    assertEquals(AlertStatus.OPEN, alert.getStatus());
    assertEquals(Severity.MEDIUM, alert.getSeverity());
    assertEquals(0.8, alert.getScore(), 1e-9);
    assertEquals("3 avis signalent une intoxication alimentaire en 30 jours : Chez e1", alert.getTitle());
    assertEquals(List.of("r1", "r2", "r3"), evidenceIds(alert));
    assertEquals("3", alert.getAttributes().get("riskyReviewCount"));
    assertEquals("2.400", alert.getAttributes().get("riskWeight"));
    assertEquals("30", alert.getAttributes().get("periodDays"));
    assertEquals("75", alert.getDepartment());
    assertEquals("establishment", alert.getSubject().getKind());
    assertEquals("e1", alert.getSubject().getId());
    assertEquals(day(20), alert.getEventTime());
    assertEquals(day(20), alert.getWindowEnd());
    assertEquals(day(-10), alert.getWindowStart());
    assertEquals("r3", alert.getSource().getRecordId());
    assertEquals("test-model-1", alert.getModelVersion());
  }

  @Test
  void reviewsSpreadOverMoreThanThePeriodRaiseNothing() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e1", day(20), 0.8));
    send(risky("r3", "e1", day(30), 0.8)); // pushes r1 (exactly 30 days older) out of the period
    assertTrue(harness.extractOutputValues().isEmpty());
  }

  @Test
  void establishmentsAreCountedApart() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e2", day(1), 0.8));
    send(risky("r3", "e1", day(2), 0.8));
    send(risky("r4", "e2", day(3), 0.8));
    assertTrue(harness.extractOutputValues().isEmpty());
    assertEquals(2, harness.numKeyedStateEntries(), "one state value per establishment");
  }

  @Test
  void furtherRiskyReviewsUpdateTheSameAlertAndRaiseSeverity() throws Exception {
    for (int i = 1; i <= 9; i++) {
      send(risky("r" + i, "e1", day(i), 0.8));
    }
    List<Alert> alerts = harness.extractOutputValues();
    assertEquals(7, alerts.size());
    String id = AlertIds.of("restaurant-hygiene", "e1", "r3");
    assertTrue(alerts.stream().allMatch(a -> a.getAlertId().equals(id)));
    assertEquals(AlertStatus.OPEN, alerts.get(0).getStatus());
    assertTrue(alerts.subList(1, 7).stream().allMatch(a -> a.getStatus() == AlertStatus.UPDATE));
    // Scores of 0.8: the 4th report lifts the summed score (3.2) over 0.9 x 3; 9 reports are CRITICAL.
    assertEquals(List.of(Severity.MEDIUM, Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.HIGH,
        Severity.HIGH, Severity.CRITICAL), alerts.stream().map(Alert::getSeverity).toList());
    assertEquals("9", alerts.get(6).getAttributes().get("riskyReviewCount"));
  }

  @Test
  void evidenceIsCappedToTheNewestReviewsButTheCountIsNot() throws Exception {
    for (int i = 1; i <= 12; i++) {
      send(risky("r" + i, "e1", day(i), 0.8));
    }
    Alert last = harness.extractOutputValues().get(harness.extractOutputValues().size() - 1);
    assertEquals(List.of("r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12"), evidenceIds(last));
    assertEquals("12", last.getAttributes().get("riskyReviewCount"));
  }

  @Test
  void highMeanScoreMakesAHighAlert() throws Exception {
    send(risky("r1", "e1", day(0), 0.95));
    send(risky("r2", "e1", day(1), 0.92));
    send(risky("r3", "e1", day(2), 0.99));
    assertEquals(Severity.HIGH, harness.extractOutputValues().get(0).getSeverity());
  }

  @Test
  void aReplayedReviewIsNotCountedTwice() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e1", day(1), 0.8));
    send(risky("r2", "e1", day(1), 0.8));
    send(risky("r1", "e1", day(0), 0.8));
    assertTrue(harness.extractOutputValues().isEmpty());
  }

  @Test
  void outOfOrderReviewsCountWhenInsideThePeriodOfTheNewest() throws Exception {
    send(risky("r3", "e1", day(20), 0.8));
    send(risky("r1", "e1", day(-15), 0.8)); // 35 days older than the newest: outside the period
    send(risky("r2", "e1", day(5), 0.8));
    assertTrue(harness.extractOutputValues().isEmpty());
    send(risky("r4", "e1", day(1), 0.8));

    Alert alert = harness.extractOutputValues().get(0);
    assertEquals(AlertIds.of("restaurant-hygiene", "e1", "r4"), alert.getAlertId());
    assertEquals(List.of("r4", "r2", "r3"), evidenceIds(alert));
    assertEquals(day(1), alert.getEventTime());
    assertEquals(day(20), alert.getWindowEnd());
  }

  @Test
  void watermarkExpiresReviewsAndClearsStateAndTimersOnceNothingIsLeft() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e1", day(1), 0.8));
    send(risky("r3", "e1", day(2), 0.8));
    assertEquals(1, harness.numEventTimeTimers(), "one timer per establishment, at its oldest review's expiry");

    harness.processWatermark(day(30).toEpochMilli()); // r1 expires; the timer moves to r2's expiry
    assertEquals(1, harness.numEventTimeTimers());
    assertEquals(1, harness.numKeyedStateEntries(), "one state value per establishment");

    harness.processWatermark(day(32).toEpochMilli()); // r2, r3 expire: nothing left for e1
    assertEquals(0, harness.numEventTimeTimers());
    assertEquals(0, harness.numKeyedStateEntries());
    assertEquals(1, harness.extractOutputValues().size());
  }

  @Test
  void aLateReviewOlderThanTheOthersMovesTheTimerEarlierAndEachExpiresOnTime() throws Exception {
    send(risky("r1", "e1", day(5), 0.8));
    send(risky("r2", "e1", day(6), 0.8));
    send(risky("r0", "e1", day(1), 0.8)); // late but within the period: expires first, at day 31
    assertEquals(1, harness.numEventTimeTimers());
    assertEquals(List.of("r0", "r1", "r2"), evidenceIds(last()));

    harness.processWatermark(day(31).toEpochMilli()); // r0 leaves; r1 and r2 remain
    send(risky("r3", "e1", day(31.5), 0.8));
    assertEquals(List.of("r1", "r2", "r3"), evidenceIds(last()));
    harness.processWatermark(day(35).toEpochMilli()); // r1 leaves at day 35
    send(risky("r4", "e1", day(35.5), 0.8));
    assertEquals(List.of("r2", "r3", "r4"), evidenceIds(last()));
    assertEquals(1, harness.numEventTimeTimers());
  }

  private Alert last() {
    List<Alert> alerts = harness.extractOutputValues();
    return alerts.get(alerts.size() - 1);
  }

  @Test
  void theEpisodeLastsWhileRiskyReviewsRemainThenANewCrossingOpensANewAlert() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e1", day(1), 0.8));
    send(risky("r3", "e1", day(2), 0.8));
    harness.processWatermark(day(31).toEpochMilli()); // r1, r2 expire; r3 keeps the episode open
    send(risky("r4", "e1", day(31.5), 0.8));
    send(risky("r5", "e1", day(31.6), 0.8));
    harness.processWatermark(day(70).toEpochMilli()); // everything expires: the episode ends
    send(risky("r6", "e1", day(71), 0.8));
    send(risky("r7", "e1", day(72), 0.8));
    send(risky("r8", "e1", day(73), 0.8));

    List<Alert> alerts = harness.extractOutputValues();
    assertEquals(3, alerts.size());
    String first = AlertIds.of("restaurant-hygiene", "e1", "r3");
    assertEquals(List.of(first, first, AlertIds.of("restaurant-hygiene", "e1", "r8")),
        alerts.stream().map(Alert::getAlertId).toList());
    assertEquals(List.of(AlertStatus.OPEN, AlertStatus.UPDATE, AlertStatus.OPEN),
        alerts.stream().map(Alert::getStatus).toList());
    assertEquals(List.of("r3", "r4", "r5"), evidenceIds(alerts.get(1)));
  }

  @Test
  void aRestoredSnapshotKeepsTheEpisode() throws Exception {
    send(risky("r1", "e1", day(0), 0.8));
    send(risky("r2", "e1", day(1), 0.8));
    send(risky("r3", "e1", day(2), 0.8));
    var snapshot = harness.snapshot(1L, 1L);
    harness.close();

    harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new EstablishmentRisk(RULE)),
        ScoredReview::establishmentId, Types.STRING);
    harness.setup();
    harness.initializeState(snapshot);
    harness.open();
    send(risky("r4", "e1", day(3), 0.8));

    Alert alert = harness.extractOutputValues().get(0);
    assertEquals(AlertStatus.UPDATE, alert.getStatus());
    assertEquals(AlertIds.of("restaurant-hygiene", "e1", "r3"), alert.getAlertId());
    assertEquals(3 + 1, alert.getEvidence().size());

    // The restored reviews (Avro's own list type now) take removals and insertions in the middle.
    send(risky("r5", "e1", day(31.5), 0.8)); // r1 and r2 leave the period
    send(risky("r6", "e1", day(2.5), 0.8)); // late, between r3 and r4
    assertEquals(List.of("r3", "r6", "r4", "r5"), evidenceIds(last()));
    assertEquals(AlertIds.of("restaurant-hygiene", "e1", "r3"), last().getAlertId());
  }
}
