package fr.sentinelle.connectors.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.connectors.topics.PlannedTopic;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish and topics commands against a real Kafka broker. */
class PublishCommandITCase {
  @TempDir static Path dataDir;
  static LocalBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir));
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void publishesExactlyTheGoodRecordsKeyedByEstablishment() throws Exception {
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--bootstrap-servers", broker.bootstrapServers(),
        "--file", PublishCommandTest.fixture("reviews-mixed.jsonl").toString(), "--rate", "1000");
    assertEquals(PublishCommandTest.MIXED_REJECTS, run.errLines());
    assertEquals("reviews: read 11, published 4, rejected 7\n", run.out());
    assertEquals(1, run.exitCode());

    Map<String, String> keyByReview = new TreeMap<>();
    for (ConsumerRecord<String, byte[]> record : consumeAll(Feed.REVIEWS.topic(), 4)) {
      Review review = AvroCodec.of(Review.class).decode(record.value());
      keyByReview.put(review.getReviewId(), record.key());
    }
    assertEquals(Map.of("r1", "e-1", "r2", "e-2", "r8", "e-1", "r10", "e-3"), keyByReview);
  }

  @Test
  void topicsCreateIsIdempotent() throws Exception {
    CliRun first = CliRun.of("topics", "create", "--bootstrap-servers", broker.bootstrapServers());
    assertEquals(0, first.exitCode(), first.err());
    assertTopicsAsPlanned();
    CliRun second = CliRun.of("topics", "create", "--bootstrap-servers", broker.bootstrapServers());
    assertEquals("0 topics created, " + TopicPlan.topics().size() + " already existed\n", second.out());
    assertEquals(0, second.exitCode());
  }

  private static List<ConsumerRecord<String, byte[]>> consumeAll(String topic, int expected) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= expected;
      });
      // Anything beyond the expected records would be a bug: drain what is left once more.
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    assertEquals(expected, records.size());
    return records;
  }

  private static void assertTopicsAsPlanned() throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (Admin admin = Admin.create(props)) {
      List<String> names = TopicPlan.topics().stream().map(PlannedTopic::name).toList();
      Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
      Map<String, Integer> partitions = described.values().stream()
          .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().size()));
      Map<String, Integer> planned = TopicPlan.topics().stream()
          .collect(Collectors.toMap(PlannedTopic::name, PlannedTopic::partitions));
      assertEquals(planned, partitions);
      ConfigResource alerts = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ALERTS);
      var alertConfig = admin.describeConfigs(List.of(alerts)).all().get().get(alerts);
      assertEquals(Long.toString(TopicPlan.ALERT_RETENTION.toMillis()), alertConfig.get("retention.ms").value());
      assertEquals("LogAppendTime", alertConfig.get("message.timestamp.type").value());
    }
  }
}
