package fr.sentinelle.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the Kafka cluster is ({@code sentinelle.kafka.*}). */
@ConfigurationProperties("sentinelle.kafka")
public class KafkaSettings {
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";

  private String bootstrapServers = DEFAULT_BOOTSTRAP_SERVERS;

  /** {@code sentinelle.kafka.bootstrap-servers}: host:port list; default {@value #DEFAULT_BOOTSTRAP_SERVERS}. */
  public String getBootstrapServers() {
    return bootstrapServers;
  }

  public void setBootstrapServers(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }
}
