package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading the hygiene job on a real session cluster: half the feed is replayed, the job is stopped
 * with a savepoint and resubmitted from it as a "new version" (parallelism 1 → 2, so its keyed state
 * is redistributed), the rest is replayed; the alerts equal those of one uninterrupted run, with no
 * alert lost and none written twice.
 */
class SavepointUpgradeITCase {
  /** Reviews before the demo's 2026-11-19: Brasserie du Canal's food-poisoning reports straddle the cut. */
  private static final int FIRST_PART = 98;
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

  @TempDir static Path dir;
  static SessionClusterFixture stack;

  @BeforeAll
  static void start() throws Exception {
    stack = SessionClusterFixture.start(dir, 1, 2);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void stoppedWithASavepointAndResumedAsANewVersionTheJobNeitherLosesNorRepeatsAlerts() throws Exception {
    List<Path> parts = ReviewFeed.writeSplit(dir, FIRST_PART);
    AlertLog log = new AlertLog(stack.broker.bootstrapServers());
    var rest = stack.rest;

    var beforeUpgrade = log.alertOffsets();
    ReviewFeed.publish(parts.get(0), stack.broker.bootstrapServers(), null);
    String v1 = rest.run(stack.jarId, SessionClusterFixture.HYGIENE_JOB, stack.hygieneArgs("it-upgrade", 1), null);
    rest.awaitJobState(v1, "RUNNING", JOB_TIMEOUT);
    log.awaitFeedConsumed("it-upgrade");
    String savepoint = rest.stopWithSavepoint(v1, stack.cluster.options().savepoints().toUri().toString(), JOB_TIMEOUT);
    rest.awaitJobState(v1, "FINISHED", JOB_TIMEOUT);
    assertTrue(Files.isDirectory(Path.of(java.net.URI.create(savepoint))), savepoint);
    var atSavepoint = log.alertOffsets();

    ReviewFeed.publish(parts.get(1), stack.broker.bootstrapServers(), null);
    String v2 = rest.run(stack.jarId, SessionClusterFixture.HYGIENE_JOB, stack.hygieneArgs("it-upgrade", 2), savepoint);
    rest.awaitJobState(v2, "RUNNING", JOB_TIMEOUT);
    assertEquals(1, rest.checkpoints(v2).path("counts").path("restored").asInt(), "v2 started from the savepoint");
    log.awaitFeedConsumed("it-upgrade");
    rest.cancel(v2);
    rest.awaitJobState(v2, "CANCELED", JOB_TIMEOUT);
    var afterUpgrade = log.alertOffsets();

    String single = rest.run(stack.jarId, SessionClusterFixture.HYGIENE_JOB, stack.hygieneArgs("it-single-run", 1), null);
    rest.awaitJobState(single, "RUNNING", JOB_TIMEOUT);
    log.awaitFeedConsumed("it-single-run");
    rest.cancel(single);
    rest.awaitJobState(single, "CANCELED", JOB_TIMEOUT);
    var afterSingle = log.alertOffsets();

    List<String> beforeCut = versions(log, beforeUpgrade, atSavepoint);
    List<String> upgraded = versions(log, beforeUpgrade, afterUpgrade);
    List<String> uninterrupted = versions(log, afterUpgrade, afterSingle);
    assertFalse(beforeCut.isEmpty(), "the first half already raised alerts");
    assertTrue(upgraded.size() > beforeCut.size(), "the second half raised more");
    assertEquals(uninterrupted, upgraded, "same alert versions, each exactly once");
  }

  private static List<String> versions(AlertLog log, java.util.Map<TopicPartition, Long> from,
      java.util.Map<TopicPartition, Long> to) {
    return log.alertsBetween(from, to).stream().map(AlertLog::version).sorted().toList();
  }
}
