package fr.sentinelle.stack.faults;

import fr.sentinelle.avro.Feed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Publishes messages to the reviews feed as an integrator would, and returns once the broker acknowledged all. */
final class FeedPublisher {
  private FeedPublisher() {}

  static void publish(String bootstrapServers, List<FeedMessage> messages) {
    // Idempotent with acks=all (Kafka's defaults, spelled out): a retried send never doubles a review.
    Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024);
    try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (FeedMessage message : messages) {
        sent.add(producer.send(new ProducerRecord<>(Feed.REVIEWS.topic(), message.key().getBytes(), message.value())));
      }
      for (Future<RecordMetadata> ack : sent) {
        ack.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("publishing to " + Feed.REVIEWS.topic() + " failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    }
  }
}
