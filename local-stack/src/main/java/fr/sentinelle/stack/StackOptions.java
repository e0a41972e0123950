package fr.sentinelle.stack;

import java.nio.file.Path;

/**
 * Where the local stack listens and keeps its data.
 *
 * @param dataDir broker storage, checkpoints, service state and logs live below it
 * @param kafkaPort broker port on 127.0.0.1 (0 picks a free one)
 * @param apiPort alert service port on 127.0.0.1 (0 picks a free one)
 * @param waterModel water-quality model directory for the water job, or null for the model the build
 *     trained from simulated stations
 */
public record StackOptions(Path dataDir, int kafkaPort, int apiPort, Path waterModel) {
  public static final int DEFAULT_KAFKA_PORT = 9092;
  public static final int DEFAULT_API_PORT = 8080;
  public static final String HOST = "127.0.0.1";

  /** With the build's default water model. */
  public StackOptions(Path dataDir, int kafkaPort, int apiPort) {
    this(dataDir, kafkaPort, apiPort, null);
  }
}
