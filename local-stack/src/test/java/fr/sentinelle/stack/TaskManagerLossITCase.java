package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.broker.JavaProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TaskManager process dies (killed, no clean shutdown) while the hygiene job replays the feed on a
 * two-TaskManager session cluster: the job restarts from its last checkpoint on the remaining one,
 * and the alerts, once replayed ones are counted once (same id and version), equal a run without the kill.
 */
class TaskManagerLossITCase {
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

  @TempDir static Path dir;
  static SessionClusterFixture stack;

  @BeforeAll
  static void start() throws Exception {
    stack = SessionClusterFixture.start(dir, 2, 1);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void aKilledTaskManagerCostsNoAlert() throws Exception {
    Path feed = ReviewFeed.writeSplit(dir, 150).get(0);
    String bootstrap = stack.broker.bootstrapServers();
    AlertLog log = new AlertLog(bootstrap);
    var rest = stack.rest;

    var beforeKill = log.alertOffsets();
    String job = rest.run(stack.jarId, SessionClusterFixture.HYGIENE_JOB, stack.hygieneArgs("it-tm-loss", 1), null);
    rest.awaitJobState(job, "RUNNING", JOB_TIMEOUT);
    CompletableFuture<Void> replay = CompletableFuture.runAsync(() -> ReviewFeed.publish(feed, bootstrap, 15));
    // Kill once a checkpoint has committed part of the feed, so there is a checkpoint to restart from.
    Awaitility.await("a checkpoint with part of the feed").atMost(JOB_TIMEOUT)
        .until(() -> log.committedTotal("it-tm-loss") > 0);
    JavaProcess busy = stack.cluster.busyTaskManager()
        .orElseThrow(() -> new AssertionError("no TaskManager runs job " + job));
    busy.kill();
    assertFalse(busy.isAlive());

    Awaitility.await("the job restored from a checkpoint").atMost(JOB_TIMEOUT).pollInterval(Duration.ofMillis(500))
        .until(() -> rest.checkpoints(job).path("counts").path("restored").asInt() >= 1
            && rest.jobState(job).equals("RUNNING"));
    JsonNode restored = rest.checkpoints(job).path("latest").path("restored");
    assertFalse(restored.path("is_savepoint").asBoolean(), "restored from a checkpoint: " + restored);
    replay.get();
    log.awaitFeedConsumed("it-tm-loss");
    rest.cancel(job);
    rest.awaitJobState(job, "CANCELED", JOB_TIMEOUT);
    var afterKill = log.alertOffsets();
    assertEquals(1, rest.overview().path("taskmanagers").asInt(), "one TaskManager left");

    String reference = rest.run(stack.jarId, SessionClusterFixture.HYGIENE_JOB, stack.hygieneArgs("it-no-kill", 1), null);
    rest.awaitJobState(reference, "RUNNING", JOB_TIMEOUT);
    log.awaitFeedConsumed("it-no-kill");
    rest.cancel(reference);
    rest.awaitJobState(reference, "CANCELED", JOB_TIMEOUT);
    var afterReference = log.alertOffsets();

    Set<String> withKill = versions(log, beforeKill, afterKill);
    Set<String> withoutKill = versions(log, afterKill, afterReference);
    assertFalse(withoutKill.isEmpty());
    assertEquals(withoutKill, withKill, "same alert versions, replays counted once");
  }

  private static Set<String> versions(AlertLog log, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
    Set<String> versions = new TreeSet<>();
    log.alertsBetween(from, to).forEach(a -> versions.add(AlertLog.version(a)));
    assertTrue(versions.size() > 0 || from.equals(to));
    return versions;
  }
}
