package fr.sentinelle.stack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.connectors.topics.PlannedTopic;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests of deploy/ agree with each other and with the code: the job jar the image
 * holds, parallelism within slots × TaskManagers, checkpoint and savepoint storage, savepoint
 * upgrades, the Prometheus reporter, the Kafka client settings mounted from their Secret, and a topic
 * for every feed and every topic the jobs and the alert service use.
 */
class DeployManifestsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path DEPLOY = Path.of(System.getProperty("sentinelle.home", ".."), "deploy");
  private static final String JAR = "local:///opt/flink/usrlib/sentinelle-flink-jobs-job.jar";
  private static final Map<String, String> JOBS = Map.of(
      "fr.sentinelle.jobs.hygiene.HygieneJob", "sentinelle-restaurant-hygiene",
      "fr.sentinelle.jobs.water.WaterJob", "sentinelle-water-quality");

  @ParameterizedTest
  @ValueSource(strings = {"department", "national"})
  void flinkDeploymentsAreConsistent(String scale) throws IOException {
    List<JsonNode> deployments = documents(scale, "FlinkDeployment");
    assertEquals(2, deployments.size(), "hygiene and water");
    Map<String, Integer> partitions = feedPartitions(scale);
    for (JsonNode d : deployments) {
      String name = d.path("metadata").path("name").asText();
      JsonNode spec = d.path("spec");
      JsonNode conf = spec.path("flinkConfiguration");
      JsonNode job = spec.path("job");
      assertEquals(JAR, job.path("jarURI").asText(), name + ": application mode runs the jar in the image");
      assertTrue(JOBS.containsKey(job.path("entryClass").asText()), name);
      assertEquals("savepoint", job.path("upgradeMode").asText(), name);
      assertEquals("v2_2", spec.path("flinkVersion").asText(), name);

      int slots = conf.path("taskmanager.numberOfTaskSlots").asInt();
      int taskManagers = spec.path("taskManager").path("replicas").asInt();
      int parallelism = job.path("parallelism").asInt();
      assertTrue(parallelism >= 1 && parallelism <= slots * taskManagers,
          name + ": parallelism " + parallelism + " > " + slots + " slots × " + taskManagers + " TaskManagers");
      Map<String, String> args = options(job.path("args"));
      assertEquals(Integer.toString(parallelism), args.get("--parallelism"),
          name + ": the job's --parallelism wins over spec.job.parallelism, so both must say the same");
      assertEquals(JOBS.get(job.path("entryClass").asText()), args.get("--group-id"), name);
      assertEquals("committed", args.get("--starting-offsets"), name);

      for (String key : List.of("execution.checkpointing.dir", "execution.checkpointing.savepoint-dir",
          "high-availability.storageDir")) {
        assertTrue(conf.path(key).asText().matches("(s3|gs|abfss|hdfs)://.+"), name + ": " + key + " on shared storage");
      }
      assertFalse(conf.path("execution.checkpointing.dir").asText().equals(conf.path("execution.checkpointing.savepoint-dir").asText()));
      assertEquals(conf.path("execution.checkpointing.interval").asText(), args.get("--checkpoint-interval"), name);
      assertEquals("org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
          conf.path("metrics.reporter.prom.factory.class").asText(), name);
      assertEquals("false", conf.path("metrics.reporter.prom.filterLabelValueCharacters").asText(), name);
      assertTrue(conf.path("env.java.opts.all").asText().contains("-Dorg.apache.avro.SERIALIZABLE_PACKAGES=fr.sentinelle.avro"), name);

      String kafkaProperties = args.get("--kafka-properties");
      assertTrue(mountedFromSecret(spec.path("podTemplate"), kafkaProperties, "sentinelle-kafka-client"),
          name + ": " + kafkaProperties + " comes from the Kafka client Secret");
      assertTrue(args.get("--bootstrap-servers").split(",").length >= 3, name + ": three brokers");

      Feed feed = job.path("entryClass").asText().contains("Water") ? Feed.WATER : Feed.REVIEWS;
      assertTrue(partitions.get(feed.topic()) >= parallelism,
          name + ": no source subtask without a partition (" + partitions.get(feed.topic()) + " partitions)");
      if (feed == Feed.WATER) {
        assertTrue(mountedAt(spec.path("podTemplate"), args.get("--model")), name + ": the model directory is mounted");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"department", "national"})
  void topicPlanCoversEveryTopicWithCompactionForState(String scale) throws IOException {
    Map<String, JsonNode> topics = new HashMap<>();
    documents(scale, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(), t.path("spec")));
    Set<String> expected = Stream.concat(Stream.of(Feed.values()).map(Feed::topic),
        Stream.of(Topics.ALERTS, Topics.DEAD_LETTERS, Topics.ALERT_ACTIONS, Topics.FEEDBACK)).collect(Collectors.toSet());
    assertEquals(expected, topics.keySet());
    for (var t : topics.entrySet()) {
      assertEquals(3, t.getValue().path("replicas").asInt(), t.getKey());
      assertEquals(2, t.getValue().path("config").path("min.insync.replicas").asInt(), t.getKey());
    }
    // Cleanup and retention are decided once, in the topic plan the local stack creates topics from.
    for (PlannedTopic planned : TopicPlan.topics()) {
      JsonNode config = topics.get(planned.name()).path("config");
      assertEquals(planned.cleanupPolicy(), config.path("cleanup.policy").asText(), planned.name());
      assertEquals(planned.retention() == null ? -1 : planned.retention().toMillis(),
          config.path("retention.ms").asLong(), planned.name());
      assertEquals(planned.timestampType(), config.path("message.timestamp.type").asText("CreateTime"), planned.name());
    }
    assertEquals("delete", topics.get(Topics.ALERT_ACTIONS).path("config").path("cleanup.policy").asText(),
        "actions are a case's history: never compacted");
  }

  private static Map<String, Integer> feedPartitions(String scale) throws IOException {
    Map<String, Integer> partitions = new HashMap<>();
    documents(scale, "KafkaTopic").forEach(t -> partitions.put(t.path("spec").path("topicName").asText(),
        t.path("spec").path("partitions").asInt()));
    return partitions;
  }

  private static List<JsonNode> documents(String scale, String kind) throws IOException {
    List<JsonNode> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEPLOY.resolve(scale))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
          YAML.readValues(parser, JsonNode.class).readAll().stream()
              .filter(d -> d.path("kind").asText().equals(kind)).forEach(found::add);
        }
      }
    }
    return found;
  }

  /** "--name value" pairs of a job's argument list. */
  private static Map<String, String> options(JsonNode args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      options.put(args.get(i).asText(), args.get(i + 1).asText());
    }
    return options;
  }

  private static boolean mountedFromSecret(JsonNode podTemplate, String file, String secret) {
    for (JsonNode volume : podTemplate.path("spec").path("volumes")) {
      if (volume.path("secret").path("secretName").asText().equals(secret)) {
        String volumeName = volume.path("name").asText();
        for (JsonNode container : podTemplate.path("spec").path("containers")) {
          for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("name").asText().equals(volumeName) && file.startsWith(mount.path("mountPath").asText() + "/")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean mountedAt(JsonNode podTemplate, String path) {
    for (JsonNode container : podTemplate.path("spec").path("containers")) {
      for (JsonNode mount : container.path("volumeMounts")) {
        if (mount.path("mountPath").asText().equals(path)) {
          return true;
        }
      }
    }
    return false;
  }
}
