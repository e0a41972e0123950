package fr.sentinelle.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.client.ClientUtils;
import org.apache.flink.client.deployment.executors.RemoteExecutor;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.DefaultExecutorServiceLoader;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar submitted the way {@code flink run -d} does it (a PackagedProgram run by
 * ClientUtils against a cluster's REST endpoint, detached, in the jar's own child-first class
 * loader) to a running Flink cluster, with the job's own command line: the job runs there and
 * raises its alert; its main returns instead of exiting the JVM.
 *
 * <p>One difference from a real cluster: this JVM's class path holds the jar's libraries too, so
 * Kafka and Avro are loaded parent-first here (else the same class would come from two loaders).
 * What the jar contains is checked by {@link JobJarITCase}; a real session cluster, with only
 * Flink's own jars, is the local stack's test.
 */
class JobJarSubmissionITCase {
  private static final String FEED = Feed.REVIEWS.topic();
  private static final Instant DAY0 = Instant.parse("2025-03-01T12:00:00Z");

  @TempDir
  Path dataDir;

  @Test
  void theJobJarRunsOnAClusterLikeFlinkRunSubmitsIt() throws Exception {
    try (LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
            .setConfiguration(sharedLibrariesParentFirst(new Configuration())).setNumTaskManagers(1).setNumSlotsPerTaskManager(2).build())) {
      String bootstrap = broker.bootstrapServers();
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        admin.createTopics(List.of(new NewTopic(FEED, 1, (short) 1), new NewTopic(Topics.ALERTS, 1, (short) 1),
            new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
      }
      try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
        for (int i = 0; i < 3; i++) {
          producer.send(new ProducerRecord<>(FEED, "e-lille".getBytes(), TestReviews.encoded(TestReviews.review(
              "lille-" + i, "e-lille", "59", TestReviews.SICK[i], DAY0.plus(Duration.ofDays(i)))))).get();
        }
      }
      cluster.start();
      URI rest = cluster.getRestAddress().get();

      Configuration client = sharedLibrariesParentFirst(new Configuration());
      client.set(DeploymentOptions.TARGET, RemoteExecutor.NAME);
      client.set(DeploymentOptions.ATTACHED, false);
      client.set(RestOptions.ADDRESS, rest.getHost());
      client.set(RestOptions.PORT, rest.getPort());
      PackagedProgram program = PackagedProgram.newBuilder()
          .setJarFile(JobJarITCase.JAR.toFile())
          .setConfiguration(client)
          .setArguments("--bootstrap-servers", bootstrap, "--starting-offsets", "earliest", "--group-id", "it-jar",
              "--checkpoint-interval", "1s", "--parallelism", "2")
          .build();
      ClientUtils.executeProgram(new DefaultExecutorServiceLoader(), client, program, false, false);

      List<Alert> alerts = readAlerts(bootstrap, 1);
      assertEquals("e-lille", alerts.get(0).getSubject().getId().toString());
      List<JobStatusMessage> jobs = List.copyOf(cluster.listJobs().get());
      assertEquals(List.of("sentinelle restaurant-hygiene"), jobs.stream().map(JobStatusMessage::getJobName).toList());
      cluster.cancelJob(jobs.get(0).getJobId()).get();
    }
  }

  private static Configuration sharedLibrariesParentFirst(Configuration config) {
    config.set(CoreOptions.ALWAYS_PARENT_FIRST_LOADER_PATTERNS_ADDITIONAL, List.of("org.apache.kafka.", "org.apache.avro."));
    return config;
  }

  private static List<Alert> readAlerts(String bootstrap, int expected) {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    List<Alert> alerts = new ArrayList<>();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-jar-reader");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ALERTS));
      await().atMost(Duration.ofSeconds(90)).until(() -> {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          alerts.add(codec.decode(record.value()));
        }
        return alerts.size() >= expected;
      });
    }
    return alerts;
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
