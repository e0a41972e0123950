package fr.sentinelle.api.actions;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.config.AlertSettings;
import fr.sentinelle.api.config.KafkaSettings;
import fr.sentinelle.api.state.Json;
import fr.sentinelle.api.state.StoreUnavailableException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes actions (JSON, keyed by case id) and waits for the broker's acknowledgement, so a 202
 * means the action is durably recorded and will be folded.
 */
@Singleton
public class ActionPublisher {
  static final int SEND_TIMEOUT_SECONDS = 10;

  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  public ActionPublisher(KafkaSettings kafka, AlertSettings alerts) {
    this.topic = alerts.getActionsTopic();
    this.producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT_SECONDS * 1000,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, SEND_TIMEOUT_SECONDS * 1000,
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, SEND_TIMEOUT_SECONDS * 1000 / 2,
        ProducerConfig.LINGER_MS_CONFIG, 0),
        new StringSerializer(), new ByteArraySerializer());
  }

  public void publish(CaseAction action) {
    try {
      producer.send(new ProducerRecord<>(topic, action.caseId(), Json.write(action)))
          .get(SEND_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new StoreUnavailableException("could not record the action on " + topic + "; retry shortly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while recording the action", e);
    }
  }

  @PreDestroy
  public void close() {
    producer.close(java.time.Duration.ofSeconds(5));
  }
}
