package fr.sentinelle.jobs.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Options every detector job takes (a picocli mixin); the detector adds its own. */
public final class JobOptions {
  /** Where a job starts reading when it starts without a savepoint. */
  public enum StartingOffsets { earliest, committed }

  @Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
  public String bootstrapServers;

  @Option(names = "--kafka-properties",
      description = "Java properties file of Kafka client settings for the source and the sinks, e.g. security.protocol=SASL_SSL, sasl.mechanism, sasl.jaas.config, ssl.truststore.location (default: none, plaintext).")
  public Path kafkaProperties;

  @Option(names = "--group-id", description = "Kafka consumer group (default: sentinelle-<detector>).")
  public String groupId;

  @Option(names = "--starting-offsets", defaultValue = "committed",
      description = "earliest, or committed (the group's committed offsets, earliest when it has none) (default: ${DEFAULT-VALUE}).")
  public StartingOffsets startingOffsets;

  @Option(names = "--checkpoint-dir", description = "Checkpoint directory or URI, e.g. file:///var/sentinelle/checkpoints (default: the cluster's; run embedded, a new temporary directory).")
  public String checkpointDir;

  @Option(names = "--checkpoint-interval", defaultValue = "10s", converter = DurationConverter.class,
      description = "Time between checkpoints, e.g. 10s, 1min (default: ${DEFAULT-VALUE}).")
  public Duration checkpointInterval;

  // Flink's default, 100 ms, holds a keyed job's records in network buffers long enough to dominate an
  // alert's latency (measured by ./sentinelle bench); 5 ms costs little throughput at these rates.
  @Option(names = "--buffer-timeout", defaultValue = "5ms", converter = DurationConverter.class,
      description = "Longest time a record waits in a network buffer between operators, e.g. 5ms, 100ms (default: ${DEFAULT-VALUE}).")
  public Duration bufferTimeout;

  @Option(names = "--parallelism", defaultValue = "1", description = "Parallelism of every operator (default: ${DEFAULT-VALUE}).")
  public int parallelism;

  @Option(names = "--max-out-of-orderness", defaultValue = "1h", converter = DurationConverter.class,
      description = "How far event times may run behind the newest one seen before a record is late (default: ${DEFAULT-VALUE}).")
  public Duration maxOutOfOrderness;

  @Option(names = "--idleness", defaultValue = "1min", converter = DurationConverter.class,
      description = "A partition silent this long no longer holds the watermark back (default: ${DEFAULT-VALUE}).")
  public Duration idleness;

  @Option(names = "--max-message-bytes", defaultValue = "262144",
      description = "Messages larger than this go to the dead letters as TOO_LARGE (default: ${DEFAULT-VALUE}).")
  public int maxMessageBytes;

  @Option(names = "--metrics-port",
      description = "Serve the embedded cluster's metrics for Prometheus on this port (default: no metrics endpoint). On a real cluster the cluster's own reporter configuration applies instead.")
  public Integer metricsPort;

  @Option(names = "--metrics-host", defaultValue = "127.0.0.1",
      description = "Address the metrics endpoint listens on (default: ${DEFAULT-VALUE}).")
  public String metricsHost = "127.0.0.1";

  /** The Kafka client settings of --kafka-properties (empty without it), read where the job is built. */
  public Properties kafkaClientProperties() {
    Properties properties = new Properties();
    if (kafkaProperties != null) {
      try (Reader reader = Files.newBufferedReader(kafkaProperties, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Kafka properties file " + kafkaProperties + ": " + e, e);
      }
    }
    return properties;
  }

  /** The consumer group, defaulting to one per detector. */
  public String groupIdOr(String detector) {
    return groupId == null ? "sentinelle-" + detector : groupId;
  }
}
