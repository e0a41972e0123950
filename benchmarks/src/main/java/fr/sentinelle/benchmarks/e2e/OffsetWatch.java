package fr.sentinelle.benchmarks.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Topic creation and offset reading on the broker, through Kafka's admin client. */
public final class OffsetWatch implements AutoCloseable {
  private final Admin admin;

  public OffsetWatch(String bootstrapServers) {
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
  }

  public void createTopic(String topic, int partitions) {
    try {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e.getCause());
      }
    } catch (InterruptedException | TimeoutException e) {
      throw failure("create topic " + topic, e);
    }
  }

  /** Deletes {@code topics} and their data (the broker removes the files shortly after). */
  public void deleteTopics(List<String> topics) {
    try {
      admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot delete topics " + topics + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw failure("delete topics " + topics, e);
    }
  }

  /**
   * Makes the broker stamp each record of the topic with its own append time (wall clock), whatever
   * its producer set: the latency phase splits a message's latency at the broker by these stamps.
   */
  public void stampOnAppend(String topic) {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    AlterConfigOp logAppendTime = new AlterConfigOp(
        new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"), AlterConfigOp.OpType.SET);
    try {
      admin.incrementalAlterConfigs(Map.of(resource, List.of(logAppendTime))).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set the timestamps of " + topic + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw failure("set the timestamps of " + topic, e);
    }
  }

  /** Sum over the topic's partitions of the offsets the group committed (0 before its first commit). */
  public long committed(String group, String topic) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
      return offsets.entrySet().stream()
          .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
          .mapToLong(e -> e.getValue().offset()).sum();
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      throw failure("read the offsets of group " + group, e);
    }
  }

  /** Sum of the end offsets of the topic's partitions: how many records it holds. */
  public long end(String topic) {
    try {
      var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
          .get(topic).partitions();
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      partitions.forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
      return admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).values().stream()
          .mapToLong(info -> info.offset()).sum();
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      throw failure("read the end offsets of " + topic, e);
    }
  }

  private static IllegalStateException failure(String what, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return new IllegalStateException("cannot " + what + ": " + e, e);
  }

  @Override
  public void close() {
    admin.close();
  }
}
