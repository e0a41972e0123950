package fr.sentinelle.api.web;

import fr.sentinelle.api.access.Roles;
import fr.sentinelle.api.cli.Tokens;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the page's service runs on in the browser test: a real broker with its own topics, the
 * service's properties (signing key in a temporary directory), a producer for alerts, and tokens.
 */
final class PageService implements AutoCloseable {
  private static final String ALERTS = "page.alerts";
  private static final String ACTIONS = "page.alert-actions";
  private static final String FEEDBACK = "page.feedback";
  private static final AvroCodec<Alert> CODEC = AvroCodec.of(Alert.class);

  private Path workDir;
  private LocalBroker broker;
  private KafkaProducer<String, byte[]> producer;

  /** Starts the broker and returns the service's properties. */
  Map<String, String> start() {
    try {
      workDir = Files.createTempDirectory("alert-api-page");
      broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(workDir.resolve("kafka")));
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
          broker.bootstrapServers()))) {
        admin.createTopics(Stream.of(ALERTS, ACTIONS, FEEDBACK)
            .map(name -> new NewTopic(name, 1, (short) 1)).toList()).all().get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot prepare the broker", e);
    }
    producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(), new ByteArraySerializer());
    return Map.of(
        "sentinelle.kafka.bootstrap-servers", broker.bootstrapServers(),
        "sentinelle.alerts.topic", ALERTS,
        "sentinelle.alerts.actions-topic", ACTIONS,
        "sentinelle.alerts.feedback-topic", FEEDBACK,
        "sentinelle.alerts.keep-alive", "1s",
        "sentinelle.streams.application-id", "alert-api-page",
        "sentinelle.streams.state-dir", workDir.resolve("state").toString(),
        "sentinelle.security.key-file", keyFile().toString(),
        "micronaut.server.port", "-1");
  }

  Path keyFile() {
    return workDir.resolve("jwt-key");
  }

  void publish(Alert... alerts) {
    for (Alert alert : alerts) {
      producer.send(new ProducerRecord<>(ALERTS, alert.getAlertId(), CODEC.encode(alert)));
    }
    producer.flush();
  }

  /** A token for an inspector of one department, for the two detectors the test publishes. */
  String inspectorToken(String department) {
    return Tokens.mint(keyFile(), new Tokens.Grant("inspecteur-" + department, Roles.INSPECTOR,
        List.of(department), List.of("restaurant-hygiene", "water-quality"), false, Duration.ofHours(1)));
  }

  /** A token for the operator role, who reads the service's metrics. */
  String operatorToken() {
    return Tokens.mint(keyFile(), new Tokens.Grant("exploitant", Roles.OPERATOR, List.of(), List.of(),
        false, Duration.ofHours(1)));
  }

  @Override
  public void close() throws IOException {
    try {
      if (producer != null) {
        producer.close();
      }
      if (broker != null) {
        broker.close();
      }
    } finally {
      try (Stream<Path> files = Files.walk(workDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
