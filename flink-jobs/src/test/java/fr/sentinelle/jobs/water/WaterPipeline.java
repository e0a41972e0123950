package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.KafkaTestTopics;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the water job's integration tests share, as a JUnit extension for a test class: a model
 * trained on the fixtures, a real broker with the feed (two partitions), alert and dead-letter
 * topics, and the production pipeline run on Flink's MiniCluster until it has read everything
 * published. Register it with {@code @RegisterExtension static final WaterPipeline pipeline = new WaterPipeline();}.
 */
final class WaterPipeline implements BeforeAllCallback, AfterAllCallback {
  static final String FEED = Feed.WATER.topic();

  private Path dir;
  private LocalBroker broker;
  private Path model;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("water-pipeline");
    model = WaterFixtures.trainModel(dir);
    broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dir.resolve("kafka")));
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(FEED, 2, (short) 1), new NewTopic(Topics.ALERTS, 1, (short) 1),
          new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (broker != null) {
      broker.close();
    }
    if (dir != null) {
      PathUtils.deleteDirectory(dir);
    }
  }

  KafkaProducer<byte[], byte[]> producer() {
    return KafkaTestTopics.producer(broker.bootstrapServers());
  }

  void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(FEED, key.getBytes(), value)).get();
  }

  /** Runs the water job (parallelism 2, checkpoints every second) over everything on the feed, then returns. */
  void runToEndOfFeed(String groupId) throws Exception {
    JobOptions options = new JobOptions();
    options.bootstrapServers = broker.bootstrapServers();
    options.groupId = groupId;
    options.startingOffsets = JobOptions.StartingOffsets.earliest;
    options.checkpointInterval = Duration.ofSeconds(1);
    options.parallelism = 2;
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    WaterJob.build(env, KafkaWiring.feedSourceBuilder(options, FEED).setBounded(OffsetsInitializer.latest()).build(),
        KafkaWiring.alertSink(broker.bootstrapServers()), KafkaWiring.deadLetterSink(broker.bootstrapServers()),
        WaterConfig.defaults(model.toString()));
    env.execute(groupId);
  }

  <T extends org.apache.avro.specific.SpecificRecord> List<T> readAll(String topic, Class<T> type, int expected) {
    return KafkaTestTopics.readAll(broker.bootstrapServers(), topic, type, expected);
  }
}
