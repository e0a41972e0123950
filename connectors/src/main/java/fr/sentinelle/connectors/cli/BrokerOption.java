package fr.sentinelle.connectors.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The options shared by commands that talk to Kafka: where it is, how to authenticate, how long to wait. */
final class BrokerOption {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
  String bootstrapServers;

  @Option(names = "--kafka-properties", paramLabel = "FILE",
      description = "Java properties file of Kafka client settings, e.g. security.protocol=SASL_PLAINTEXT,"
          + " sasl.mechanism=SCRAM-SHA-512, sasl.jaas.config=… (default: none, plaintext)")
  Path kafkaProperties;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "how long to wait for Kafka to answer (default: ${DEFAULT-VALUE} s)")
  int timeoutSeconds;

  /** bootstrap.servers plus the settings of --kafka-properties. */
  Properties clientProperties() {
    Properties properties = new Properties();
    if (kafkaProperties != null) {
      try (Reader reader = Files.newBufferedReader(kafkaProperties, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Kafka properties file " + kafkaProperties + ": " + e, e);
      }
    }
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return properties;
  }
}
