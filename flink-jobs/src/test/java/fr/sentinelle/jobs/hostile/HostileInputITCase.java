package fr.sentinelle.jobs.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.connectors.fuzz.HostileReviews;
import fr.sentinelle.jobs.KafkaTestTopics;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import fr.sentinelle.jobs.hygiene.HygieneConfig;
import fr.sentinelle.jobs.hygiene.HygieneJob;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzz run of the reviews feed through the real job: good reviews interleaved with 400 hostile payloads.
 * The job must finish without a failure, give every hostile payload exactly one dead letter with the right
 * reason, and still score every good review (each establishment's three risky reviews open its alert,
 * also where the texts carry invalid UTF-8 and control characters).
 */
class HostileInputITCase {
  private static final int ESTABLISHMENTS = 60;
  private static final int HOSTILE = 400;
  /** Establishments whose three risky reviews carry non-UTF-8 bytes and control characters. */
  private static final int ODD_ESTABLISHMENTS = 5;
  private static final Instant DAY0 = Instant.parse("2025-03-01T12:00:00Z");

  @TempDir static Path dataDir;
  private static LocalBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir));
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(Feed.REVIEWS.topic(), 2, (short) 1),
          new NewTopic(Topics.ALERTS, 1, (short) 1), new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void everyHostilePayloadIsADeadLetterAndEveryGoodReviewIsScored() throws Exception {
    List<HostileReviews.Hostile> hostile = HostileReviews.generate(20261128L, HOSTILE);
    List<byte[]> good = goodReviewsInTimeOrder();
    try (KafkaProducer<byte[], byte[]> producer = KafkaTestTopics.producer(broker.bootstrapServers())) {
      int h = 0;
      for (int g = 0; g < good.size(); g++) {
        send(producer, "good-" + g, good.get(g));
        // Two hostile payloads after every good one, on both partitions, until all are sent.
        for (int i = 0; i < 2 && h < hostile.size(); i++, h++) {
          send(producer, "hostile-" + h, hostile.get(h).payload());
        }
      }
      for (; h < hostile.size(); h++) {
        send(producer, "hostile-" + h, hostile.get(h).payload());
      }
    }

    runJobToEndOfTopic();

    int alerting = ESTABLISHMENTS + ODD_ESTABLISHMENTS;
    List<Alert> alerts = KafkaTestTopics.readAll(broker.bootstrapServers(), Topics.ALERTS, Alert.class, alerting);
    assertEquals(alerting, alerts.size());
    assertEquals(alerting, alerts.stream().filter(a -> a.getStatus() == AlertStatus.OPEN)
        .map(a -> a.getSubject().getId()).distinct().count());

    List<DeadLetter> deadLetters =
        KafkaTestTopics.readAll(broker.bootstrapServers(), Topics.DEAD_LETTERS, DeadLetter.class, HOSTILE);
    Map<RejectReason, Long> expected = hostile.stream()
        .collect(Collectors.groupingBy(HostileReviews.Hostile::reason, TreeMap::new, Collectors.counting()));
    Map<RejectReason, Long> actual = deadLetters.stream()
        .collect(Collectors.groupingBy(DeadLetter::getReasonCode, TreeMap::new, Collectors.counting()));
    assertEquals(expected, actual);
    assertEquals(Map.of(RejectReason.UNDECODABLE, 100L, RejectReason.UNKNOWN_SCHEMA, 50L,
        RejectReason.INVALID, 200L, RejectReason.TOO_LARGE, 50L), actual);
    assertEquals(0, deadLetters.stream().filter(d -> d.getReason().isBlank()).count(), "every reason is written");
    // Exact counts also prove the job never failed over: a restart replays records since the last
    // checkpoint, and the at-least-once sinks would have written some alerts or dead letters twice.
    assertEquals(HOSTILE, deadLetters.size());
  }

  /** Per establishment three risky reviews then a fine one, day by day; odd but valid ones among them. */
  private static List<byte[]> goodReviewsInTimeOrder() {
    List<byte[]> reviews = new ArrayList<>();
    for (int day = 0; day < 4; day++) {
      Instant at = DAY0.plus(Duration.ofDays(day));
      for (int e = 0; day < 3 && e < ODD_ESTABLISHMENTS; e++) {
        reviews.add(HostileReviews.oddButValid("odd-" + e + "-" + day, "e-odd-" + e, "13",
            TestReviews.SICK[(e + day) % TestReviews.SICK.length], at.plusSeconds(600 + e)));
      }
      for (int e = 0; e < ESTABLISHMENTS; e++) {
        String text = day < 3 ? TestReviews.SICK[(e + day) % TestReviews.SICK.length]
            : TestReviews.FINE[e % TestReviews.FINE.length];
        reviews.add(TestReviews.encoded(TestReviews.review("r-" + e + "-" + day, "e-" + e, "69", text,
            at.plusSeconds(e))));
      }
    }
    return reviews;
  }

  private static void runJobToEndOfTopic() throws Exception {
    JobOptions options = new JobOptions();
    options.bootstrapServers = broker.bootstrapServers();
    options.groupId = "it-hostile";
    options.startingOffsets = JobOptions.StartingOffsets.earliest;
    options.checkpointInterval = Duration.ofSeconds(1);
    options.parallelism = 2;
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    HygieneJob.build(env,
        KafkaWiring.feedSourceBuilder(options, Feed.REVIEWS.topic()).setBounded(OffsetsInitializer.latest()).build(),
        KafkaWiring.alertSink(broker.bootstrapServers()), KafkaWiring.deadLetterSink(broker.bootstrapServers()),
        HygieneConfig.defaults());
    env.execute("hostile-input-it");
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(Feed.REVIEWS.topic(), key.getBytes(), value)).get();
  }
}
