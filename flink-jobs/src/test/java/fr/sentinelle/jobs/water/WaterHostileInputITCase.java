package fr.sentinelle.jobs.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A fuzz run of the water feed through the real job: two stations' readings (one with an event)
 * with 280 hostile payloads woven between them. The job must finish without a failure, give every
 * hostile payload exactly one dead letter with its reason, and still raise the one event of the
 * good readings, exactly as it does without them ({@link WaterJobITCase}).
 */
class WaterHostileInputITCase {
  private static final int HOSTILE = 20 * HostileReadings.kinds();

  @RegisterExtension
  static final WaterPipeline pipeline = new WaterPipeline();

  @Test
  void everyHostilePayloadIsADeadLetterAndTheGoodReadingsStillRaiseTheirEvent() throws Exception {
    List<HostileReadings.Hostile> hostile = HostileReadings.generate(20261129L, HOSTILE);
    List<WaterReading> s1 = WaterFixtures.station("S1", "07", 3, 720, 600);
    List<WaterReading> s2 = WaterFixtures.station("S2", "2A", 4, 720, -1);
    try (KafkaProducer<byte[], byte[]> producer = pipeline.producer()) {
      int h = 0;
      for (int i = 0; i < 720; i++) {
        pipeline.send(producer, "S1", WaterFixtures.encoded(s1.get(i)));
        pipeline.send(producer, "S2", WaterFixtures.encoded(s2.get(i)));
        // Hostile payloads every few minutes of readings, keyed to land on both partitions.
        if (i % 2 == 0 && h < hostile.size()) {
          pipeline.send(producer, "hostile-" + h, hostile.get(h++).payload());
        }
      }
      for (; h < hostile.size(); h++) {
        pipeline.send(producer, "hostile-" + h, hostile.get(h).payload());
      }
    }

    pipeline.runToEndOfFeed("it-water-hostile");

    List<Alert> alerts = pipeline.readAll(Topics.ALERTS, Alert.class, 2);
    assertEquals(List.of("S1 OPEN", "S1 CLOSED"),
        alerts.stream().map(a -> a.getSubject().getId() + " " + a.getStatus()).toList());
    Alert closed = alerts.get(1);
    assertEquals(AlertStatus.CLOSED, closed.getStatus());
    long startMinute = (closed.getWindowStart().toEpochMilli() - WaterFixtures.T0.toEpochMilli()) / WaterFixtures.MINUTE;
    assertTrue(startMinute >= 600 && startMinute <= 602, "opened at minute " + startMinute);

    List<DeadLetter> dead = pipeline.readAll(Topics.DEAD_LETTERS, DeadLetter.class, HOSTILE);
    Map<RejectReason, Long> byReason = dead.stream()
        .collect(Collectors.groupingBy(DeadLetter::getReasonCode, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(RejectReason.UNDECODABLE, 40L, RejectReason.UNKNOWN_SCHEMA, 20L, RejectReason.INVALID, 180L,
        RejectReason.TOO_LARGE, 40L), byReason);
    assertEquals(hostile.stream().collect(Collectors.groupingBy(HostileReadings.Hostile::reason, TreeMap::new,
        Collectors.counting())), byReason);
    assertEquals(0, dead.stream().filter(d -> d.getReason().isBlank()).count(), "every reason is written");
    assertTrue(dead.stream().allMatch(d -> d.getDetector().equals("water-quality")));
    // Exactly one dead letter each also proves the job never failed over: a restart replays the
    // records since the last checkpoint and the at-least-once sinks would write some twice.
    assertEquals(HOSTILE, dead.size());
  }
}
