package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.DeadLetter;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import java.util.Properties;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The real Kafka source and sinks of a detector job, built from its options.
 *
 * <p>Sinks are at-least-once: alert ids are deterministic, so a record written twice after a
 * restart replaces itself downstream (the alert service keeps one alert per id), and no Kafka
 * transactions are needed.
 */
public final class KafkaWiring {
  private KafkaWiring() {}

  /** Reads raw messages of a feed topic; unbounded (the job runs until stopped). */
  public static KafkaSource<FeedMessage> feedSource(JobOptions options, String topic) {
    return feedSourceBuilder(options, topic).build();
  }

  public static KafkaSourceBuilder<FeedMessage> feedSourceBuilder(JobOptions options, String topic) {
    return KafkaSource.<FeedMessage>builder()
        // Security and other client settings first, so the options below always win.
        .setProperties(options.kafkaClientProperties())
        .setBootstrapServers(options.bootstrapServers)
        .setTopics(topic)
        .setGroupId(options.groupId)
        .setStartingOffsets(startingOffsets(options.startingOffsets))
        .setDeserializer(new FeedMessageDeserializer())
        // Offsets are committed on checkpoints so --starting-offsets committed resumes where the job stopped.
        .setProperty("commit.offsets.on.checkpoint", "true")
        .setProperty("partition.discovery.interval.ms", "60000");
  }

  public static KafkaSink<Alert> alertSink(String bootstrapServers) {
    return alertSink(bootstrapServers, new Properties());
  }

  /** @param clientProperties Kafka client settings (security ...), see {@link JobOptions#kafkaClientProperties()} */
  public static KafkaSink<Alert> alertSink(String bootstrapServers, Properties clientProperties) {
    return KafkaSink.<Alert>builder()
        .setKafkaProducerConfig(alertProducerConfig(clientProperties))
        .setBootstrapServers(bootstrapServers)
        .setRecordSerializer(new AvroRecordSerializer<>(Topics.ALERTS, Alert.class, a -> a.getAlertId().toString()))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  /**
   * The alert producer's settings: the client's, over a linger of 0. An inspector waits for each
   * alert, and Kafka's default linger holds each record up to 5 ms for a fuller batch; under load,
   * records still share requests while earlier ones are in flight.
   */
  static Properties alertProducerConfig(Properties clientProperties) {
    Properties producer = new Properties();
    producer.setProperty(ProducerConfig.LINGER_MS_CONFIG, "0");
    producer.putAll(clientProperties);
    return producer;
  }

  /** Dead letters are keyed by their source coordinates, so a replayed rejection replaces the first one under compaction. */
  public static KafkaSink<DeadLetter> deadLetterSink(String bootstrapServers) {
    return deadLetterSink(bootstrapServers, new Properties());
  }

  public static KafkaSink<DeadLetter> deadLetterSink(String bootstrapServers, Properties clientProperties) {
    return KafkaSink.<DeadLetter>builder()
        .setKafkaProducerConfig(clientProperties)
        .setBootstrapServers(bootstrapServers)
        .setRecordSerializer(new AvroRecordSerializer<>(Topics.DEAD_LETTERS, DeadLetter.class,
            d -> d.getSource().getTopic() + "/" + d.getSource().getPartition() + "/" + d.getSource().getOffset()))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  static OffsetsInitializer startingOffsets(JobOptions.StartingOffsets startingOffsets) {
    return switch (startingOffsets) {
      case earliest -> OffsetsInitializer.earliest();
      case committed -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
    };
  }
}
