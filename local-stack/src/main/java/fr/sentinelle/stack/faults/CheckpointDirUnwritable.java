package fr.sentinelle.stack.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The job's checkpoint storage becomes unusable for a while, then comes back: checkpoints fail (the job
 * tolerates a few in a row) and complete again once it is restored. The directory is replaced by a
 * plain file rather than made read-only, because permissions do not stop root.
 */
final class CheckpointDirUnwritable implements Fault {
  /** Failed checkpoints to see before restoring: enough to prove the fault bites, fewer than the job tolerates. */
  static final int FAILURES_TO_SEE = 2;
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Override
  public String name() {
    return "checkpoint-dir-unwritable";
  }

  @Override
  public Map<String, Long> inject(FaultStack stack, Runnable publishRest, Instant faultAt) throws Exception {
    Path dir = stack.checkpointDir();
    Path aside = dir.resolveSibling(dir.getFileName() + "-aside");
    long failedBefore = stack.checkpointCount("failed");
    Files.move(dir, aside);
    Files.writeString(dir, "not a directory: checkpoints cannot be written here");
    Progress.say("checkpoint directory replaced by a file");
    try {
      publishRest.run();
      Awaitility.await("failed checkpoints").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
          .until(() -> stack.checkpointCount("failed") >= failedBefore + FAILURES_TO_SEE);
    } finally {
      Files.delete(dir);
      Files.move(aside, dir);
    }
    long restored = Fault.msSince(faultAt);
    long completedAtRestore = stack.checkpointCount("completed");
    Progress.say("checkpoint directory restored after " + restored + " ms");
    Awaitility.await("a completed checkpoint").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
        .until(() -> stack.checkpointCount("completed") > completedAtRestore);
    return Map.of("storageRestored", restored, "checkpointCompletedAgain", Fault.msSince(faultAt));
  }
}
