package fr.sentinelle.jobs.common;

import fr.sentinelle.jobs.metrics.LoopbackPrometheusReporterFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The execution environment of a detector job: Flink's embedded MiniCluster when started as a plain
 * JVM, the cluster's environment when submitted to one. Checkpointing is always on.
 */
public final class StreamSetup {
  /** Name of the reporter in the Flink configuration ({@code metrics.reporter.prom.*}). */
  public static final String REPORTER = "prom";
  /** Consecutive failed checkpoints tolerated before the job restarts from the last good one. */
  public static final int TOLERABLE_FAILED_CHECKPOINTS = 5;
  private StreamSetup() {}

  public static StreamExecutionEnvironment environment(JobOptions options) {
    Configuration config = new Configuration();
    // Every type on the wire and in state has a Flink or Avro serializer; falling back to Kryo would be a bug.
    config.set(PipelineOptions.GENERIC_TYPES, false);
    // Chained operators hand records on instead of deep-copying them (an Avro deepCopy per record and
    // operator was a sixth of the hygiene job's time). Safe because no operator of these jobs mutates
    // its input or keeps it after processElement: keyed state is only written with records that came
    // over the network (deserialised afresh) or built by the operator itself.
    config.set(PipelineOptions.OBJECT_REUSE, true);
    // A checkpoint that fails for a passing reason (storage full or unreachable a moment) should not
    // restart the job and re-read input: processing goes on, and only this many failures in a row do.
    config.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, TOLERABLE_FAILED_CHECKPOINTS);
    if (options.checkpointDir != null) {
      config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, options.checkpointDir);
    }
    if (options.metricsPort != null) {
      // Read by the embedded MiniCluster only; a real cluster keeps its own reporters.
      config.set(reporterOption("factory.class"), LoopbackPrometheusReporterFactory.class.getName());
      config.set(reporterOption(LoopbackPrometheusReporterFactory.PORT), Integer.toString(options.metricsPort));
      config.set(reporterOption(LoopbackPrometheusReporterFactory.HOST), options.metricsHost);
      // Keep label values as they are ("restaurant-hygiene", not "restaurant_hygiene"), like the alert service's.
      config.set(reporterOption("filterLabelValueCharacters"), "false");
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    if (options.checkpointDir == null && env instanceof LocalStreamEnvironment) {
      // Embedded, the checkpoints would otherwise live in the JobManager's memory, which holds 5 MB: a
      // detector's state outgrows that and every checkpoint fails. On a cluster its own storage applies.
      Configuration local = new Configuration();
      local.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      local.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, embeddedCheckpointDirectory());
      env.configure(local);
    }
    env.setParallelism(options.parallelism);
    if (options.bufferTimeout != null) {
      env.setBufferTimeout(options.bufferTimeout.toMillis());
    }
    env.enableCheckpointing(options.checkpointInterval.toMillis());
    return env;
  }

  private static String embeddedCheckpointDirectory() {
    try {
      return Files.createTempDirectory("sentinelle-checkpoints-").toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a checkpoint directory; give --checkpoint-dir", e);
    }
  }

  private static ConfigOption<String> reporterOption(String key) {
    return ConfigOptions.key("metrics.reporter." + REPORTER + "." + key).stringType().noDefaultValue();
  }
}
