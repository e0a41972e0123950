package fr.sentinelle.jobs.water;

import static fr.sentinelle.jobs.water.WaterFixtures.MINUTE;
import static fr.sentinelle.jobs.water.WaterFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.FeedMessage;
import fr.sentinelle.jobs.common.Sourced;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-station operator with explicit watermarks: events in, exactly one OPEN and one CLOSED alert out. */
class StationDetectorTest {
  private static final int EVENT_START = 600;

  @TempDir
  static Path dir;
  static WaterConfig config;

  private KeyedOneInputStreamOperatorTestHarness<String, Sourced<WaterReading>, Alert> harness;
  private long offset;

  @BeforeAll
  static void model() throws Exception {
    config = WaterConfig.defaults(WaterFixtures.trainModel(dir).toString())
        .withClock(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @BeforeEach
  void open() throws Exception {
    harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new StationDetector(config)),
        WaterJob::stationOf, Types.STRING);
    harness.open();
    offset = 0;
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void send(WaterReading r) throws Exception {
    FeedMessage message = new FeedMessage("sentinelle.feed.water", 0, offset++, 0, WaterFixtures.encoded(r));
    harness.processElement(new Sourced<>(message, r), r.getEventTime().toEpochMilli());
  }

  private List<Alert> alerts() {
    return harness.extractOutputValues();
  }

  private List<DeadLetter> deadLetters() {
    ConcurrentLinkedQueue<StreamRecord<DeadLetter>> out = harness.getSideOutput(DeadLetters.REJECTED);
    return out == null ? List.of() : out.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void anEventOpensOneAlertAndClosesItWithTheDeviatingParametersAsEvidence() throws Exception {
    for (WaterReading r : WaterFixtures.station("S1", "07", 3, 720, EVENT_START)) {
      send(r);
      harness.processWatermark(r.getEventTime().toEpochMilli());
    }
    List<Alert> alerts = alerts();
    assertEquals(2, alerts.size(), alerts.toString());
    Alert open = alerts.get(0);
    Alert closed = alerts.get(1);
    assertEquals(AlertStatus.OPEN, open.getStatus());
    assertEquals(AlertStatus.CLOSED, closed.getStatus());
    assertEquals(open.getAlertId(), closed.getAlertId());
    long openedAt = open.getWindowStart().toEpochMilli();
    assertEquals(WaterAlerts.id("S1", openedAt), open.getAlertId());
    long delayMinutes = (openedAt - T0.toEpochMilli()) / MINUTE - EVENT_START;
    assertTrue(delayMinutes >= 0 && delayMinutes <= 2, "opened " + delayMinutes + " min after the event started");
    long endMinute = (closed.getWindowEnd().toEpochMilli() - T0.toEpochMilli()) / MINUTE;
    assertTrue(endMinute >= EVENT_START + 25 && endMinute <= EVENT_START + 35, "last flagged minute " + endMinute);
    assertEquals("station", closed.getSubject().getKind());
    assertEquals("S1", closed.getSubject().getId());
    assertEquals("07", closed.getDepartment());
    List<String> labels = closed.getEvidence().stream().map(e -> e.getLabel().toString()).toList();
    assertEquals(List.of("ph", "redox"), labels.stream().sorted().toList());
    Evidence redox = closed.getEvidence().stream().filter(e -> e.getLabel().equals("redox")).findFirst().orElseThrow();
    assertTrue(redox.getFeatures().get("difference") < -15, "redox fell " + redox.getFeatures().get("difference"));
    assertTrue(closed.getTitle().startsWith("Fin d'événement qualité de l'eau, station S1 : "), closed.getTitle());
    assertTrue(closed.getModelVersion().startsWith("water-quality-"));
    assertEquals(List.of(), deadLetters());
  }

  @Test
  void readingsOutOfOrderWithinTheBoundGiveTheSameAlerts() throws Exception {
    List<WaterReading> readings = WaterFixtures.station("S1", "07", 3, 720, EVENT_START);
    for (WaterReading r : readings) {
      send(r);
      harness.processWatermark(r.getEventTime().toEpochMilli());
    }
    List<String> inOrder = alerts().stream().map(StationDetectorTest::describe).toList();
    close();
    open();
    List<WaterReading> shuffled = new ArrayList<>(readings);
    Random random = new Random(5);
    for (int from = 0; from < shuffled.size(); from += 2) { // swap within two-minute blocks
      Collections.shuffle(shuffled.subList(from, Math.min(from + 2, shuffled.size())), random);
    }
    for (int i = 0; i < shuffled.size(); i++) {
      send(shuffled.get(i));
      if (i % 2 == 1) {
        harness.processWatermark(T0.toEpochMilli() + i * MINUTE);
      }
    }
    harness.processWatermark(T0.toEpochMilli() + 720 * MINUTE);
    assertEquals(inOrder, alerts().stream().map(StationDetectorTest::describe).toList());
    assertEquals(2, inOrder.size());
  }

  /** Everything but the Kafka offsets, which follow the arrival order. */
  private static String describe(Alert a) {
    return a.getAlertId() + " " + a.getStatus() + " " + a.getWindowStart() + " " + a.getWindowEnd() + " " + a.getTitle()
        + " " + a.getAttributes() + " " + a.getEvidence().stream().map(e -> e.getLabel() + "=" + e.getFeatures()).toList();
  }

  @Test
  void duplicatesAreSkippedLateReadingsAndReadingsWithoutParametersAreDeadLetters() throws Exception {
    List<WaterReading> readings = WaterFixtures.station("S2", "2A", 4, 100, -1);
    for (WaterReading r : readings) {
      send(r);
    }
    send(readings.get(99)); // waiting duplicate
    harness.processWatermark(T0.toEpochMilli() + 99 * MINUTE);
    send(readings.get(50)); // already scored minute: duplicate of an older one is late
    send(readings.get(99)); // duplicate of the last scored minute
    send(WaterFixtures.reading("S2", "2A", 120, new double[] {Double.NaN, Double.NaN, Double.NaN}));
    List<DeadLetter> dead = deadLetters();
    assertEquals(List.of(RejectReason.LATE, RejectReason.INVALID), dead.stream().map(DeadLetter::getReasonCode).toList());
    assertTrue(dead.get(0).getReason().toString().contains("was scored up to 2026-08-03T01:39:00Z"), dead.get(0).getReason().toString());
    assertEquals(List.of(), alerts());
  }

  @Test
  void aKnownStationThatAReadingPlacesInAnotherDepartmentIsAnUnknownStation() throws Exception {
    List<WaterReading> readings = WaterFixtures.station("S5", "35", 8, 100, -1);
    for (WaterReading r : readings.subList(0, 99)) {
      send(r);
    }
    harness.processWatermark(T0.toEpochMilli() + 98 * MINUTE);
    WaterReading moved = readings.get(99);
    moved.setDepartment("29");
    send(moved);
    List<DeadLetter> dead = deadLetters();
    assertEquals(List.of(RejectReason.INVALID), dead.stream().map(DeadLetter::getReasonCode).toList());
    assertEquals("unknown station: S5 is in department 35, this reading says 29", dead.get(0).getReason().toString());
  }

  @Test
  void aGapIsNotAnEvent() throws Exception {
    List<WaterReading> readings = WaterFixtures.station("S3", "07", 6, 600, -1);
    for (WaterReading r : readings) {
      int minute = (int) ((r.getEventTime().toEpochMilli() - T0.toEpochMilli()) / MINUTE);
      if (minute >= 300 && minute < 360) {
        continue; // a one-hour outage
      }
      if (minute >= 400 && minute < 420) { // pH sensor missing for 20 minutes
        r.getMeasurements().get(0).setValue(null);
      }
      send(r);
    }
    harness.processWatermark(T0.toEpochMilli() + 600 * MINUTE);
    assertEquals(List.of(), alerts());
  }

  @Test
  void aStationKeepsOneTimerOnceItsReadingsAreScored() throws Exception {
    for (WaterReading r : WaterFixtures.station("S6", "07", 5, 600, -1)) {
      send(r);
    }
    assertEquals(600, harness.numEventTimeTimers(), "one per waiting reading");
    harness.processWatermark(T0.toEpochMilli() + 599 * MINUTE);
    // Only the silence deadline is left: the old code left one deadline per scored reading.
    assertEquals(1, harness.numEventTimeTimers());
    assertEquals(List.of(), alerts());
  }

  @Test
  void aSilentStationHasItsEventClosedAndItsStateCleared() throws Exception {
    for (WaterReading r : WaterFixtures.station("S4", "07", 3, EVENT_START + 10, EVENT_START)) {
      send(r);
    }
    harness.processWatermark(T0.toEpochMilli() + (EVENT_START + 10) * MINUTE);
    assertEquals(List.of(AlertStatus.OPEN), alerts().stream().map(Alert::getStatus).toList());
    harness.processWatermark(T0.toEpochMilli() + (EVENT_START + 10) * MINUTE + config.stationSilence().toMillis());
    assertEquals(List.of(AlertStatus.OPEN, AlertStatus.CLOSED), alerts().stream().map(Alert::getStatus).toList());
    assertEquals(0, harness.numKeyedStateEntries());
    assertEquals(0, harness.numEventTimeTimers());
  }
}
