package fr.sentinelle.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The embedded Kafka Streams application ({@code sentinelle.streams.*}). */
@ConfigurationProperties("sentinelle.streams")
public class StreamsSettings {
  public static final String DEFAULT_APPLICATION_ID = "sentinelle-alert-api";
  public static final String DEFAULT_STATE_DIR = "var/alert-api/state";

  private String applicationId = DEFAULT_APPLICATION_ID;
  private String stateDir = DEFAULT_STATE_DIR;
  private String instanceId;

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

  /**
   * {@code sentinelle.streams.instance-id}: this service's static member id in the consumer group.
   * A service killed and started again under the same id gets its partitions back at once instead
   * of after its old session times out (45 s). Default: derived from the host name and the state
   * directory, which belong to one instance only (Kafka Streams locks the directory).
   */
  public String getInstanceId() {
    if (instanceId != null && !instanceId.isBlank()) {
      return instanceId;
    }
    String where = hostName() + ":" + java.nio.file.Path.of(stateDir).toAbsolutePath().normalize();
    return applicationId + "-" + Integer.toHexString(where.hashCode());
  }

  public void setInstanceId(String instanceId) {
    this.instanceId = instanceId;
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }
}
