package fr.sentinelle.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The embedded Kafka Streams application ({@code sentinelle.streams.*}). */
@ConfigurationProperties("sentinelle.streams")
public class StreamsSettings {
  public static final String DEFAULT_APPLICATION_ID = "sentinelle-alert-api";
  public static final String DEFAULT_STATE_DIR = "var/alert-api/state";

  private String applicationId = DEFAULT_APPLICATION_ID;
  private String stateDir = DEFAULT_STATE_DIR;

  /**
   * {@code sentinelle.streams.application-id}: consumer group and prefix of the changelog topic;
   * default {@value #DEFAULT_APPLICATION_ID}. Two services with the same id share the partitions.
   */
  public String getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(String applicationId) {
    this.applicationId = applicationId;
  }

  /**
   * {@code sentinelle.streams.state-dir}: where the alert store lives on disk (rebuilt from its
   * changelog topic when missing); default {@value #DEFAULT_STATE_DIR}, relative to the working
   * directory like the local broker's {@code var/kafka}.
   */
  public String getStateDir() {
    return stateDir;
  }

  public void setStateDir(String stateDir) {
    this.stateDir = stateDir;
  }
}
