package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.jobs.KafkaTestTopics;
import static fr.sentinelle.jobs.hygiene.TestReviews.FINE;
import static fr.sentinelle.jobs.hygiene.TestReviews.SICK;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.common.AlertIds;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The production pipeline on a real broker and Flink's MiniCluster, with the default hygiene model:
 * known reviews and garbage in, the exact alerts and dead letters out.
 */
class HygieneJobITCase {
  private static final String FEED = Feed.REVIEWS.topic();
  private static final Instant DAY0 = Instant.parse("2025-03-01T12:00:00Z");
  private static final String DETECTOR = "restaurant-hygiene";

  @TempDir
  static Path dataDir;
  private static LocalBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir));
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(FEED, 2, (short) 1), new NewTopic(Topics.ALERTS, 1, (short) 1),
          new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  private static Instant day(int days) {
    return DAY0.plus(Duration.ofDays(days));
  }

  @Test
  void reviewsBecomeExactAlertsAndBadMessagesBecomeDeadLetters() throws Exception {
    Map<String, byte[]> garbage = garbageByName();
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      // Paris: three risky reviews in 6 days, among ordinary ones -> one alert, opened by the third.
      send(producer, TestReviews.review("paris-1", "e-paris", "75", SICK[0], day(0)));
      send(producer, TestReviews.review("paris-2", "e-paris", "75", FINE[0], day(1)));
      send(producer, TestReviews.review("paris-3", "e-paris", "75", SICK[1], day(3)));
      send(producer, TestReviews.review("paris-4", "e-paris", "75", SICK[2], day(6)));
      send(producer, TestReviews.review("paris-5", "e-paris", "75", FINE[1], day(7)));
      // Lyon: only two risky reviews -> no alert.
      send(producer, TestReviews.review("lyon-1", "e-lyon", "69", SICK[3], day(2)));
      send(producer, TestReviews.review("lyon-2", "e-lyon", "69", SICK[0], day(4)));
      // Nice: four risky reviews -> opened by the third, updated by the fourth.
      for (int i = 1; i <= 4; i++) {
        send(producer, TestReviews.review("nice-" + i, "e-nice", null, SICK[i - 1], day(2 * i)));
      }
      // Bordeaux: three risky reviews, but 40 days apart -> no alert.
      for (int i = 1; i <= 3; i++) {
        send(producer, TestReviews.review("bdx-" + i, "e-bdx", "33", SICK[i], day(40 * i)));
      }
      for (Map.Entry<String, byte[]> bad : garbage.entrySet()) {
        producer.send(new ProducerRecord<>(FEED, bad.getKey().getBytes(), bad.getValue())).get();
      }
    }

    JobOptions options = new JobOptions();
    options.bootstrapServers = broker.bootstrapServers();
    options.groupId = "it-hygiene";
    options.startingOffsets = JobOptions.StartingOffsets.earliest;
    options.checkpointInterval = Duration.ofSeconds(1);
    options.parallelism = 2;
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    HygieneJob.build(env,
        KafkaWiring.feedSourceBuilder(options, FEED).setBounded(OffsetsInitializer.latest()).build(),
        KafkaWiring.alertSink(broker.bootstrapServers()), KafkaWiring.deadLetterSink(broker.bootstrapServers()),
        HygieneConfig.defaults());
    env.execute("hygiene-it");

    List<Alert> alerts = readAll(Topics.ALERTS, Alert.class, 3);
    String paris = AlertIds.of(DETECTOR, "e-paris", "paris-4");
    String nice = AlertIds.of(DETECTOR, "e-nice", "nice-3");
    assertEquals(List.of(
            paris + " OPEN e-paris 75 HIGH [paris-1, paris-3, paris-4]",
            nice + " OPEN e-nice unknown HIGH [nice-1, nice-2, nice-3]",
            nice + " UPDATE e-nice unknown HIGH [nice-1, nice-2, nice-3, nice-4]").stream().sorted().toList(),
        alerts.stream().map(HygieneJobITCase::describe).sorted().toList());
    Alert parisAlert = alerts.stream().filter(a -> a.getAlertId().equals(paris)).findFirst().orElseThrow();
    assertEquals("3 avis signalent une intoxication alimentaire en 30 jours : Restaurant e-paris",
        parisAlert.getTitle());
    assertEquals("3", parisAlert.getAttributes().get("riskyReviewCount"));
    assertTrue(parisAlert.getModelVersion().startsWith("restaurant-hygiene-"), parisAlert.getModelVersion());
    for (Evidence evidence : parisAlert.getEvidence()) {
      assertEquals(FEED, evidence.getSource().getTopic());
      assertTrue(evidence.getScore() >= 0.9, "risky evidence scores " + evidence.getScore());
      assertTrue(evidence.getExcerpt().length() <= 300);
    }

    List<DeadLetter> deadLetters = readAll(Topics.DEAD_LETTERS, DeadLetter.class, garbage.size());
    Map<String, RejectReason> expected = new LinkedHashMap<>();
    expected.put("random-bytes", RejectReason.UNDECODABLE);
    expected.put("empty", RejectReason.UNDECODABLE);
    expected.put("truncated", RejectReason.UNDECODABLE);
    expected.put("unknown-fingerprint", RejectReason.UNKNOWN_SCHEMA);
    expected.put("blank-text", RejectReason.INVALID);
    expected.put("too-large", RejectReason.TOO_LARGE);
    for (Map.Entry<String, RejectReason> entry : expected.entrySet()) {
      byte[] original = garbage.get(entry.getKey());
      DeadLetter dead = deadLetters.stream()
          .filter(d -> d.getPayloadSize() == original.length && Arrays.equals(bytes(d.getPayload()),
              Arrays.copyOf(original, Math.min(original.length, DeadLetters.MAX_PAYLOAD_BYTES))))
          .findFirst().orElseThrow(() -> new AssertionError("no dead letter for " + entry.getKey()));
      assertEquals(entry.getValue(), dead.getReasonCode(), entry.getKey() + ": " + dead.getReason());
      assertEquals(FEED, dead.getSource().getTopic());
      assertEquals(DETECTOR, dead.getDetector());
    }
    assertEquals(garbage.size(), deadLetters.size());
  }

  private static String describe(Alert alert) {
    return alert.getAlertId() + " " + alert.getStatus() + " " + alert.getSubject().getId() + " "
        + alert.getDepartment() + " " + alert.getSeverity() + " "
        + alert.getEvidence().stream().map(e -> e.getSource().getRecordId()).toList();
  }

  private static Map<String, byte[]> garbageByName() {
    Map<String, byte[]> garbage = new LinkedHashMap<>();
    byte[] random = new byte[500];
    new Random(7).nextBytes(random);
    garbage.put("random-bytes", random);
    garbage.put("empty", new byte[0]);
    byte[] whole = TestReviews.encoded(TestReviews.review("trunc-1", "e-paris", "75", SICK[0], day(1)));
    garbage.put("truncated", Arrays.copyOf(whole, whole.length - 20));
    byte[] unknown = whole.clone();
    for (int i = 2; i < 10; i++) {
      unknown[i] = (byte) ~unknown[i];
    }
    garbage.put("unknown-fingerprint", unknown);
    garbage.put("blank-text", TestReviews.encoded(TestReviews.review("blank-1", "e-paris", "75", "   ", day(1))));
    char[] longText = new char[300_000];
    Arrays.fill(longText, 'x');
    garbage.put("too-large", TestReviews.encoded(TestReviews.review("big-1", "e-paris", "75", new String(longText),
        day(1))));
    return garbage;
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, Review review) throws Exception {
    producer.send(new ProducerRecord<>(FEED, review.getEstablishmentId().getBytes(), TestReviews.encoded(review)))
        .get();
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return KafkaTestTopics.producer(broker.bootstrapServers());
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> List<T> readAll(String topic, Class<T> type,
      int expected) {
    return KafkaTestTopics.readAll(broker.bootstrapServers(), topic, type, expected);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
