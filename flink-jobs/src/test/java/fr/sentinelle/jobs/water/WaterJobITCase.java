package fr.sentinelle.jobs.water;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The production water pipeline on a real broker and Flink's MiniCluster: two stations' readings
 * (one with an event) and bad messages in; exactly one event's OPEN and CLOSED alerts and the dead
 * letters out.
 */
class WaterJobITCase {
  private static final String FEED = WaterPipeline.FEED;

  @RegisterExtension
  static final WaterPipeline pipeline = new WaterPipeline();

  @Test
  void readingsBecomeOneAlertPerEventAndBadMessagesBecomeDeadLetters() throws Exception {
    List<WaterReading> s1 = WaterFixtures.station("S1", "07", 3, 720, 600);
    List<WaterReading> s2 = WaterFixtures.station("S2", "2A", 4, 720, -1);
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      for (int i = 0; i < 720; i++) { // interleaved, as a fleet of stations publishes
        send(producer, s1.get(i));
        send(producer, s2.get(i));
      }
      send(producer, s1.get(700)); // duplicate: counted and skipped
      byte[] random = new byte[200];
      new Random(9).nextBytes(random);
      pipeline.send(producer, "S1", random);
      send(producer, new WaterReading("S2", "2A", s2.get(719).getEventTime(),
          List.of(new Measurement("ph", Double.NaN, "[pH]")))); // NaN is not a missing value: invalid
      send(producer, WaterFixtures.reading("S2", "2A", 719, new double[] {Double.NaN, 750, 0.02})); // duplicate
      send(producer, new WaterReading("S2", "2A", Instant.parse("2099-01-01T00:00:00Z"), s2.get(0).getMeasurements()));
      Instant last = s2.get(719).getEventTime();
      send(producer, new WaterReading("S2", "2A", last, List.of(new Measurement("ph", Double.POSITIVE_INFINITY, "[pH]"))));
      send(producer, new WaterReading("S2", "2A", last, List.of(new Measurement("turbidity", -0.5, "NTU"))));
      send(producer, new WaterReading("S2", "2A", Instant.parse("1990-01-01T00:00:00Z"), s2.get(0).getMeasurements()));
      send(producer, new WaterReading("S2", "2A", Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES),
          s2.get(0).getMeasurements())); // within the feed's day ahead, but it would drag the watermark
      send(producer, new WaterReading("S 2/../x", "2A", last, s2.get(0).getMeasurements())); // not a station code
    }

    pipeline.runToEndOfFeed("it-water");

    List<Alert> alerts = readAll(Topics.ALERTS, Alert.class, 2);
    assertEquals(List.of(AlertStatus.OPEN, AlertStatus.CLOSED), alerts.stream().map(Alert::getStatus).toList(),
        alerts.stream().map(a -> a.getSubject().getId() + " " + a.getStatus() + " " + a.getWindowStart() + " "
            + a.getAttributes() + " " + a.getTitle()).toList().toString());
    Alert closed = alerts.get(1);
    assertEquals(alerts.get(0).getAlertId(), closed.getAlertId());
    assertEquals(WaterAlerts.id("S1", closed.getWindowStart().toEpochMilli()), closed.getAlertId());
    assertEquals("S1", closed.getSubject().getId());
    assertEquals("07", closed.getDepartment());
    long startMinute = (closed.getWindowStart().toEpochMilli() - WaterFixtures.T0.toEpochMilli()) / WaterFixtures.MINUTE;
    assertTrue(startMinute >= 600 && startMinute <= 602, "opened at minute " + startMinute);
    assertEquals(List.of("ph", "redox"), closed.getEvidence().stream().map(e -> e.getLabel().toString()).sorted().toList());
    assertEquals(FEED, closed.getSource().getTopic());

    List<DeadLetter> dead = readAll(Topics.DEAD_LETTERS, DeadLetter.class, 8);
    assertEquals(List.of(RejectReason.UNDECODABLE, RejectReason.INVALID, RejectReason.INVALID, RejectReason.INVALID,
            RejectReason.INVALID, RejectReason.INVALID, RejectReason.INVALID, RejectReason.INVALID),
        dead.stream().map(DeadLetter::getReasonCode).sorted().toList());
    List<String> reasons = dead.stream().map(d -> d.getReason().toString()).toList();
    assertTrue(reasons.stream().anyMatch(r -> r.contains("not a finite number (Infinity)")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("impossible value: turbidity = -0.5 NTU")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("is before 2000-01-01T00:00:00Z")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("min ahead of the job's clock")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("unknown station: 'S 2/../x' is not a station code")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("more than 24h in the future")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("measurements[0].value")), reasons.toString());
    assertTrue(dead.stream().allMatch(d -> d.getDetector().equals("water-quality")));
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, WaterReading r) throws Exception {
    pipeline.send(producer, r.getStationId().toString(), WaterFixtures.encoded(r));
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return pipeline.producer();
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> List<T> readAll(String topic, Class<T> type,
      int expected) {
    return pipeline.readAll(topic, type, expected);
  }
}
