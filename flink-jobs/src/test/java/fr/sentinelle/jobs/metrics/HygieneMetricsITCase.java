package fr.sentinelle.jobs.metrics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import fr.sentinelle.jobs.hygiene.HygieneConfig;
import fr.sentinelle.jobs.hygiene.HygieneJob;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hygiene job on a real broker and the MiniCluster with the Prometheus reporter on: scrapes the
 * reporter's HTTP endpoint while the job runs and checks the exact names and counts it exports.
 */
class HygieneMetricsITCase {
  private static final String FEED = Feed.REVIEWS.topic();
  private static final String DETECTOR = "restaurant-hygiene";
  private static final Instant DAY0 = Instant.parse("2025-03-01T12:00:00Z");

  @TempDir
  Path dataDir;

  @Test
  void reporterExportsSentinelleAndFlinkMetricsUnderTheListedNames() throws Exception {
    try (LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir))) {
      String bootstrap = broker.bootstrapServers();
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        admin.createTopics(List.of(new NewTopic(FEED, 1, (short) 1), new NewTopic(Topics.ALERTS, 1, (short) 1),
            new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
      }
      try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
        // Three risky reviews of one establishment in a week -> one HIGH alert; two ordinary ones.
        for (int i = 0; i < 3; i++) {
          send(producer, TestReviews.review("sick-" + i, "e-paris", "75", TestReviews.SICK[i], DAY0.plus(Duration.ofDays(i))));
        }
        for (int i = 0; i < 2; i++) {
          send(producer, TestReviews.review("fine-" + i, "e-paris", "75", TestReviews.FINE[i], DAY0.plus(Duration.ofDays(i))));
        }
        producer.send(new ProducerRecord<>(FEED, "bad".getBytes(), new byte[0])).get();
        producer.send(new ProducerRecord<>(FEED, "bad".getBytes(), new byte[] {1, 2, 3})).get();
      }

      JobOptions options = new JobOptions();
      options.bootstrapServers = bootstrap;
      options.groupId = "it-metrics";
      options.startingOffsets = JobOptions.StartingOffsets.earliest;
      options.checkpointInterval = Duration.ofMillis(500);
      options.parallelism = 1;
      options.metricsPort = freePort();
      StreamExecutionEnvironment env = StreamSetup.environment(options);
      HygieneJob.build(env, KafkaWiring.feedSource(options, FEED), KafkaWiring.alertSink(bootstrap),
          KafkaWiring.deadLetterSink(bootstrap), HygieneConfig.defaults());
      JobClient job = env.executeAsync("hygiene-metrics-it");
      try {
        URI endpoint = URI.create("http://127.0.0.1:" + options.metricsPort + "/metrics");
        Scrape scrape = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(() -> Scrape.of(endpoint), s -> done(s));
        if (Boolean.getBoolean("print.metric.names")) { // -Dprint.metric.names=true lists what the reporter exports
          scrape.names().forEach(System.out::println);
        }
        assertCounts(scrape);
        for (String name : ExportedMetrics.all()) {
          assertTrue(scrape.names().contains(name), name + " is not exported; exported: " + scrape.names());
        }
      } finally {
        job.cancel().get();
      }
    }
  }

  /** Everything has been counted, and at least one checkpoint completed. */
  private static boolean done(Scrape s) {
    return s.sum(ExportedMetrics.EVENTS, e -> e.label("outcome").equals("scored")) == 5
        && s.sum(ExportedMetrics.ALERTS, e -> true) == 1
        && s.sum(ExportedMetrics.EVENTS, e -> e.label("reason").equals("UNDECODABLE")) == 2
        && s.sum(ExportedMetrics.COMPLETED_CHECKPOINTS, e -> true) >= 1;
  }

  private static void assertCounts(Scrape s) {
    assertEquals(5, s.sum(ExportedMetrics.EVENTS, e -> e.label("detector").equals(DETECTOR)
        && e.label("outcome").equals("scored") && e.label("reason").isEmpty()));
    assertEquals(2, s.sum(ExportedMetrics.EVENTS, e -> e.label("outcome").equals("rejected")));
    assertEquals(1, s.sum(ExportedMetrics.ALERTS, e -> e.label("detector").equals(DETECTOR)
        && e.label("severity").equals("HIGH")));
    List<Scrape.Sample> info = s.named(ExportedMetrics.MODEL_INFO);
    assertEquals(1, info.size(), info.toString());
    assertEquals(1, info.get(0).value());
    assertTrue(info.get(0).label("model_version").startsWith(DETECTOR + "-"), info.toString());
    assertEquals(5, s.sum(ExportedMetrics.SCORING_DURATION_COUNT, e -> e.label("detector").equals(DETECTOR)));
    assertEquals(0, s.sum(ExportedMetrics.RESTARTS, e -> true));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, fr.sentinelle.avro.feed.Review review)
      throws Exception {
    producer.send(new ProducerRecord<>(FEED, review.getEstablishmentId().getBytes(), TestReviews.encoded(review)))
        .get();
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
