package fr.sentinelle.jobs.common;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Options every detector job takes (a picocli mixin); the detector adds its own. */
public final class JobOptions {
  /** Where a job starts reading when it starts without a savepoint. */
  public enum StartingOffsets { earliest, committed }

  @Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
  public String bootstrapServers;

  @Option(names = "--group-id", description = "Kafka consumer group (default: sentinelle-<detector>).")
  public String groupId;

  @Option(names = "--starting-offsets", defaultValue = "committed",
      description = "earliest, or committed (the group's committed offsets, earliest when it has none) (default: ${DEFAULT-VALUE}).")
  public StartingOffsets startingOffsets;

  @Option(names = "--checkpoint-dir", description = "Checkpoint directory or URI, e.g. file:///var/sentinelle/checkpoints (default: kept in the job manager's memory).")
  public String checkpointDir;

  @Option(names = "--checkpoint-interval", defaultValue = "10s", converter = DurationConverter.class,
      description = "Time between checkpoints, e.g. 10s, 1min (default: ${DEFAULT-VALUE}).")
  public Duration checkpointInterval;

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

  /** The consumer group, defaulting to one per detector. */
  public String groupIdOr(String detector) {
    return groupId == null ? "sentinelle-" + detector : groupId;
  }
}
