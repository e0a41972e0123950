package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class StreamSetupTest {
  @Test
  void embeddedJobsCheckpointToFilesNotToTheJobManagersMemory() {
    JobOptions options = options();
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    assertEquals("filesystem", env.getConfiguration().get(CheckpointingOptions.CHECKPOINT_STORAGE));
    Path dir = Path.of(java.net.URI.create(env.getConfiguration().get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)));
    assertTrue(Files.isDirectory(dir), dir.toString());
    assertEquals(5, env.getBufferTimeout(), "records leave network buffers within 5 ms");
    assertEquals(StreamSetup.TOLERABLE_FAILED_CHECKPOINTS,
        env.getConfiguration().get(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER));
  }

  @Test
  void aGivenCheckpointDirectoryIsKept() {
    JobOptions options = options();
    options.checkpointDir = "file:///srv/sentinelle/checkpoints";
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    assertEquals("file:///srv/sentinelle/checkpoints",
        env.getConfiguration().get(CheckpointingOptions.CHECKPOINTS_DIRECTORY));
  }

  /** The options as picocli leaves them when nothing is given on the command line. */
  private static JobOptions options() {
    JobOptions options = new JobOptions();
    picocli.CommandLine.populateCommand(options);
    return options;
  }
}
