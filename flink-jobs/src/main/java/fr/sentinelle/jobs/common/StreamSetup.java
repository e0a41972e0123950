package fr.sentinelle.jobs.common;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The execution environment of a detector job: Flink's embedded MiniCluster when started as a plain
 * JVM, the cluster's environment when submitted to one. Checkpointing is always on.
 */
public final class StreamSetup {
  private StreamSetup() {}

  public static StreamExecutionEnvironment environment(JobOptions options) {
    Configuration config = new Configuration();
    // Every type on the wire and in state has a Flink or Avro serializer; falling back to Kryo would be a bug.
    config.set(PipelineOptions.GENERIC_TYPES, false);
    if (options.checkpointDir != null) {
      config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, options.checkpointDir);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(options.parallelism);
    env.enableCheckpointing(options.checkpointInterval.toMillis());
    return env;
  }
}
