package fr.sentinelle.monitoring;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import fr.sentinelle.jobs.hygiene.HygieneConfig;
import fr.sentinelle.jobs.hygiene.HygieneJob;
import fr.sentinelle.jobs.metrics.ExportedMetrics;
import fr.sentinelle.monitoring.MonitoringFiles.Query;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
 * The real Prometheus, with monitoring's scrape config and rules, scraping the hygiene job running on
 * a real broker and Flink's MiniCluster: every dashboard and rule query evaluates without error, and
 * every metric they read from the Flink job, and every recording rule, holds series. (The alert
 * service's metrics are checked by name here and live by the local stack's test.)
 */
class PrometheusLiveITCase {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String FEED = Feed.REVIEWS.topic();

  @TempDir
  Path dir;

  @Test
  void everyQueryRunsAndEveryFlinkMetricItReadsHasSeries() throws Exception {
    try (LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dir.resolve("kafka")))) {
      String bootstrap = broker.bootstrapServers();
      publishReviews(bootstrap);
      JobOptions options = new JobOptions();
      options.bootstrapServers = bootstrap;
      options.groupId = "it-prometheus";
      options.startingOffsets = JobOptions.StartingOffsets.earliest;
      options.checkpointInterval = Duration.ofSeconds(1);
      options.parallelism = 1;
      options.metricsPort = freePort();
      StreamExecutionEnvironment env = StreamSetup.environment(options);
      HygieneJob.build(env, KafkaWiring.feedSource(options, FEED), KafkaWiring.alertSink(bootstrap),
          KafkaWiring.deadLetterSink(bootstrap), HygieneConfig.defaults());
      JobClient job = env.executeAsync("sentinelle restaurant-hygiene");
      int prometheusPort = freePort();
      try (PrometheusServer prometheus = PrometheusServer.start(config(options.metricsPort, prometheusPort),
          Files.createDirectories(dir.resolve("tsdb")), prometheusPort, dir.resolve("prometheus.log"))) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
            .until(() -> prometheus.value("sum(sentinelle_events_total{outcome=\"scored\",detector=\"restaurant-hygiene\"})") == 3
                && prometheus.seriesCount("detector_outcome:sentinelle_events:rate5m") > 0
                && prometheus.seriesCount("detector:sentinelle_rejected_ratio:rate10m") > 0);
        assertEquals(2, prometheus.value("sum(sentinelle_events_total{outcome=\"rejected\",reason=\"UNDECODABLE\"})"));
        assertEquals(1, prometheus.value("count(sentinelle_model_info{department=\"local\",detector=\"restaurant-hygiene\"})"));

        Set<String> fromFlink = new HashSet<>(ExportedMetrics.storedNames());
        fromFlink.addAll(MonitoringFiles.recordedNames());
        List<String> problems = new ArrayList<>();
        for (Query query : allQueries()) {
          String expr = grafanaVariablesReplaced(query.expr());
          try {
            prometheus.query(expr);
          } catch (IllegalStateException e) {
            problems.add(query.where() + ": " + e.getMessage());
          }
          for (String name : PromQlNames.of(query.expr())) {
            if (fromFlink.contains(name) && prometheus.seriesCount(name) == 0) {
              problems.add(query.where() + ": no series of " + name);
            }
          }
        }
        assertEquals(List.of(), problems, "targets: " + prometheus.targetHealth());
      } finally {
        job.cancel().get();
      }
    }
  }

  private static List<Query> allQueries() {
    List<Query> queries = new ArrayList<>();
    MonitoringFiles.dashboards().forEach(d -> queries.addAll(MonitoringFiles.dashboardQueries(d)));
    MonitoringFiles.ruleFiles().forEach(r -> queries.addAll(MonitoringFiles.ruleQueries(r)));
    return queries;
  }

  /** Grafana's label_values(m, l) as the series query it stands for, its variables as "any value". */
  private static String grafanaVariablesReplaced(String expr) {
    String promql = expr.startsWith("label_values(") ? expr.substring("label_values(".length(), expr.lastIndexOf(','))
        : expr;
    return promql.replace("$__rate_interval", "1m").replace("$department", ".*").replace("$detector", ".*")
        .replace("$job", ".*");
  }

  /** monitoring's prometheus.yml, pointed at this test's ports, scraping and evaluating every second. */
  private Path config(int flinkPort, int prometheusPort) throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    for (Path file : MonitoringFiles.ruleFiles()) {
      ObjectNode ruleFile = (ObjectNode) YAML.readTree(file.toFile());
      ruleFile.withArray("groups").forEach(g -> ((ObjectNode) g).put("interval", "1s"));
      YAML.writeValue(rules.resolve(file.getFileName()).toFile(), ruleFile);
    }
    ObjectNode config = (ObjectNode) YAML.readTree(MonitoringFiles.PROMETHEUS_CONFIG.toFile());
    ((ObjectNode) config.get("global")).put("scrape_interval", "1s").put("evaluation_interval", "1s");
    config.putArray("rule_files").add(rules.toAbsolutePath() + "/*.yml");
    ArrayNode kept = YAML.createArrayNode();
    for (JsonNode job : config.withArray("scrape_configs")) {
      String name = job.path("job_name").asText();
      int port = switch (name) {
        case "prometheus" -> prometheusPort;
        case "flink" -> flinkPort;
        default -> -1; // the alert service does not run in this test
      };
      if (port > 0) {
        ObjectNode group = (ObjectNode) job.path("static_configs").get(0);
        group.putArray("targets").add("127.0.0.1:" + port);
        kept.add(job);
      }
    }
    config.set("scrape_configs", kept);
    Path file = dir.resolve("prometheus.yml");
    YAML.writeValue(file.toFile(), config);
    return file;
  }

  private static void publishReviews(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(FEED, 1, (short) 1), new NewTopic(Topics.ALERTS, 1, (short) 1),
          new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
    }
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    AvroCodec<Review> codec = AvroCodec.of(Review.class);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      Instant t0 = Instant.parse("2025-03-01T12:00:00Z");
      String[] texts = {
          "Toute la famille a eu une intoxication alimentaire après le dîner, vomissements toute la nuit.",
          "Got food poisoning after the chicken here, vomiting all night.",
          "Délicieux repas, service rapide et souriant."};
      for (int i = 0; i < texts.length; i++) {
        Review review = Review.newBuilder().setReviewId("r-" + i).setEstablishmentId("e-1")
            .setEstablishmentName("Chez Paul").setAddress("1 rue de la Paix").setDepartment("75")
            .setPlatform("google").setText(texts[i]).setRating(1.0).setEventTime(t0.plusSeconds(3600L * i)).build();
        producer.send(new ProducerRecord<>(FEED, "e-1".getBytes(), codec.encode(review))).get();
      }
      producer.send(new ProducerRecord<>(FEED, "bad".getBytes(), new byte[0])).get();
      producer.send(new ProducerRecord<>(FEED, "bad".getBytes(), new byte[] {1, 2, 3})).get();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
