package fr.sentinelle.jobs.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.KafkaTestTopics;
import fr.sentinelle.jobs.common.AlertIds;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import fr.sentinelle.jobs.hygiene.HygieneConfig;
import fr.sentinelle.jobs.hygiene.HygieneJob;
import fr.sentinelle.jobs.hygiene.TestReviews;
import fr.sentinelle.jobs.metrics.Scrape;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in the middle of a replay with known expected alerts: the broker killed and restarted, then the
 * checkpoint storage unusable for a while. Afterwards the alerts an inspector sees (one per id and
 * status) are exactly the expected ones: none lost, none invented; no review was rejected as late.
 */
class FaultsITCase {
  private static final Instant DAY0 = Instant.parse("2025-05-01T08:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  @TempDir Path dir;
  private final Set<String> expected = new TreeSet<>();
  private int hour;

  @Test
  void brokerRestartAndUnwritableCheckpointsLoseAndInventNoAlert() throws Exception {
    int port = freePort();
    BrokerOptions brokerOptions = BrokerOptions.defaults().port(port).dataDir(dir.resolve("kafka"));
    LocalBroker broker = LocalBroker.start(brokerOptions);
    JobClient job = null;
    try (AlertWatcher alerts = new AlertWatcher(broker.bootstrapServers())) {
      createTopics(broker.bootstrapServers());
      Path checkpoints = dir.resolve("checkpoints");
      Files.createDirectories(checkpoints);
      int metricsPort = freePort();
      job = startJob(broker.bootstrapServers(), checkpoints, metricsPort);

      publish(broker, "phase1", 10, List.of());
      alerts.awaitExactly(expected, PATIENCE);

      // Half a phase published, then the broker dies abruptly and comes back on the same port and data.
      publish(broker, "phase2a", 5, List.of());
      broker.kill();
      Instant killed = Instant.now();
      broker = LocalBroker.start(brokerOptions);
      publish(broker, "phase2b", 5, List.of("phase1-0", "phase1-1", "phase1-2"));
      alerts.awaitExactly(expected, PATIENCE);
      System.out.printf("broker restart: expected alerts complete %d ms after the kill%n",
          Duration.between(killed, Instant.now()).toMillis());

      // The checkpoint directory becomes a plain file: every checkpoint fails until it is back.
      Path aside = dir.resolve("checkpoints-aside");
      Files.move(checkpoints, aside);
      Files.writeString(checkpoints, "not a directory");
      double failedBefore = checkpointCount(metricsPort, "numberOfFailedCheckpoints");
      await().atMost(PATIENCE).until(() -> checkpointCount(metricsPort, "numberOfFailedCheckpoints") > failedBefore);
      publish(broker, "phase3", 5, List.of());
      alerts.awaitExactly(expected, PATIENCE);
      Files.delete(checkpoints);
      Files.move(aside, checkpoints);
      double completedAfterRepair = checkpointCount(metricsPort, "numberOfCompletedCheckpoints");
      await().atMost(PATIENCE)
          .until(() -> checkpointCount(metricsPort, "numberOfCompletedCheckpoints") > completedAfterRepair);
      publish(broker, "phase4", 5, List.of("phase3-0"));
      alerts.awaitExactly(expected, PATIENCE);

      job.cancel().get();
      job = null;
      assertEquals(expected, alerts.seen());
      assertEquals(0L, endOffset(broker.bootstrapServers(), Topics.DEAD_LETTERS), "no review may be rejected as late");
    } finally {
      if (job != null) {
        job.cancel();
      }
      broker.close();
    }
  }

  private JobClient startJob(String bootstrap, Path checkpoints, int metricsPort) throws Exception {
    JobOptions options = new JobOptions();
    options.bootstrapServers = bootstrap;
    options.groupId = "it-faults";
    options.startingOffsets = JobOptions.StartingOffsets.earliest;
    options.checkpointDir = checkpoints.toUri().toString();
    options.checkpointInterval = Duration.ofMillis(500);
    options.parallelism = 2;
    options.metricsPort = metricsPort;
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    HygieneJob.build(env, KafkaWiring.feedSource(options, Feed.REVIEWS.topic()),
        KafkaWiring.alertSink(bootstrap), KafkaWiring.deadLetterSink(bootstrap), HygieneConfig.defaults());
    return env.executeAsync("faults-it");
  }

  /**
   * Three risky reviews for each of {@code count} new establishments (one OPEN alert each), and a fourth
   * for each establishment in {@code again} (an UPDATE of its alert); event times always move forward.
   */
  private void publish(LocalBroker broker, String phase, int count, List<String> again) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = KafkaTestTopics.producer(broker.bootstrapServers())) {
      for (int r = 0; r < 3; r++) {
        hour++;
        for (int e = 0; e < count; e++) {
          String establishment = phase + "-" + e;
          send(producer, establishment, establishment + "-r" + r, TestReviews.SICK[(e + r) % TestReviews.SICK.length]);
          if (r == 2) {
            expected.add(AlertIds.of(HygieneJob.DETECTOR, establishment, establishment + "-r2") + " OPEN");
          }
        }
      }
      hour++;
      for (String establishment : again) {
        send(producer, establishment, establishment + "-again-" + phase, TestReviews.SICK[0]);
        expected.add(AlertIds.of(HygieneJob.DETECTOR, establishment, establishment + "-r2") + " UPDATE");
      }
      producer.flush();
    }
  }

  private void send(KafkaProducer<byte[], byte[]> producer, String establishment, String reviewId, String text)
      throws Exception {
    byte[] review = TestReviews.encoded(TestReviews.review(reviewId, establishment, "33", text,
        DAY0.plus(Duration.ofHours(hour))));
    producer.send(new ProducerRecord<>(Feed.REVIEWS.topic(), establishment.getBytes(), review)).get();
  }

  private static double checkpointCount(int metricsPort, String metric) throws Exception {
    return Scrape.of(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
        .sum("flink_jobmanager_job_" + metric, sample -> true);
  }

  private static long endOffset(String bootstrap, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      return admin.listOffsets(Map.of(new TopicPartition(topic, 0), OffsetSpec.latest())).all().get()
          .values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }
  }

  private static void createTopics(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(Feed.REVIEWS.topic(), 2, (short) 1),
          new NewTopic(Topics.ALERTS, 1, (short) 1), new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Reads the alert topic as an inspector's service would: one entry per alert id and status. */
  private static final class AlertWatcher implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    private final Set<String> seen = new TreeSet<>();

    AlertWatcher(String bootstrap) {
      consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "group.id", "it-faults-watcher",
          "auto.offset.reset", "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
      consumer.subscribe(List.of(Topics.ALERTS));
    }

    void awaitExactly(Set<String> wanted, Duration patience) {
      await().atMost(patience).until(() -> seen().containsAll(wanted));
    }

    Set<String> seen() throws DecodeException {
      for (var record : consumer.poll(Duration.ofMillis(200))) {
        Alert alert = codec.decode(record.value());
        seen.add(alert.getAlertId() + " " + alert.getStatus());
      }
      return seen;
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
