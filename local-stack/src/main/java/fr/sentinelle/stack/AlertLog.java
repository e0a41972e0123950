package fr.sentinelle.stack;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads what a job run wrote to the alerts topic (between two snapshots of its end offsets), and
 * tells when a job has processed a feed to its end (its group committed the feed's end offsets on a
 * completed checkpoint, so everything before them went through the sinks).
 */
public final class AlertLog {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private final String bootstrap;

  public AlertLog(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  public Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
    try (Admin admin = admin()) {
      var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
      Map<TopicPartition, OffsetSpec> request = partitions.stream()
          .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
      return admin.listOffsets(request).all().get().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
  }

  /** Waits until {@code group} has committed, for every non-empty partition of the reviews feed, its end offset. */
  public void awaitFeedConsumed(String group) {
    Awaitility.await("group " + group + " reaches the end of the feed").atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500)).until(() -> consumed(group));
  }

  public boolean consumed(String group) throws Exception {
    Map<TopicPartition, Long> ends = endOffsets(Feed.REVIEWS.topic());
    Map<TopicPartition, OffsetAndMetadata> committed;
    try (Admin admin = admin()) {
      committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }
    return ends.entrySet().stream().filter(e -> e.getValue() > 0).allMatch(e -> {
      OffsetAndMetadata c = committed.get(e.getKey());
      return c != null && c.offset() == e.getValue();
    });
  }

  /** Sum of the offsets {@code group} committed on the reviews feed (0 before its first checkpoint). */
  public long committedTotal(String group) throws Exception {
    try (Admin admin = admin()) {
      return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
          .filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
    }
  }

  /** Alerts written between the two snapshots of the alerts topic's end offsets, partition by partition. */
  public List<Alert> alertsBetween(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
    return recordsBetween(from, to, Alert.class);
  }

  /** Avro records of {@code type} written between two snapshots of a topic's end offsets. */
  public <T extends SpecificRecord> List<T> recordsBetween(Map<TopicPartition, Long> from,
      Map<TopicPartition, Long> to, Class<T> type) {
    AvroCodec<T> codec = AvroCodec.of(type);
    List<T> records = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(to.keySet());
      to.keySet().forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
      Awaitility.await().atMost(PATIENCE).until(() -> {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          TopicPartition tp = new TopicPartition(record.topic(), record.partition());
          if (record.offset() < to.get(tp)) {
            records.add(codec.decode(record.value()));
          }
        }
        return to.keySet().stream().allMatch(tp -> consumer.position(tp) >= to.get(tp));
      });
    }
    return records;
  }

  public Map<TopicPartition, Long> alertOffsets() throws Exception {
    return endOffsets(Topics.ALERTS);
  }

  /** One alert version as compared across runs: its id, status, severity and the reviews it quotes. */
  public static String version(Alert alert) {
    List<String> evidence = alert.getEvidence().stream().map(e -> String.valueOf(e.getSource().getRecordId()))
        .sorted().toList();
    return alert.getAlertId() + " " + alert.getStatus() + " " + alert.getSeverity() + " "
        + alert.getSubject().getId() + " " + evidence;
  }

  private Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }
}
