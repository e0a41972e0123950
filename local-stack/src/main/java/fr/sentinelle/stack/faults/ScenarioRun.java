package fr.sentinelle.stack.faults;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.stack.AlertLog;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What every scenario measures the same way: the job's restart and failed-checkpoint counts and the
 * dead-letter offsets before it, then (from the fault) when the job runs again and when the
 * inspector's view holds exactly the expected alerts, and finally the dead letters it produced once
 * the job has checkpointed the whole feed (so the next scenario starts from a settled stack).
 */
final class ScenarioRun {
  private static final Duration POLL = Duration.ofMillis(250);

  private final FaultStack stack;
  private final Duration patience;
  private final AlertLog log;
  private final long restartsBefore;
  private final long failedBefore;
  private final Map<TopicPartition, Long> deadLettersBefore;
  private Long jobRunningAgain;
  private AlertComparison last;

  ScenarioRun(FaultStack stack, Duration patience) throws Exception {
    this.stack = stack;
    this.patience = patience;
    this.log = new AlertLog(stack.bootstrapServers());
    this.restartsBefore = stack.jobRestarts();
    this.failedBefore = stack.checkpointCount("failed");
    this.deadLettersBefore = log.endOffsets(Topics.DEAD_LETTERS);
  }

  /** Waits until the view is exact; returns ms from {@code from}, or null if it never was within the patience. */
  Long awaitView(Instant from, Map<String, String> expected, String prefix) {
    InspectorView view = new InspectorView(stack.apiUrl(), stack.supervisorToken());
    last = AlertComparison.of(expected, List.of(prefix), List.of());
    try {
      Awaitility.await("the inspector's view of " + prefix).atMost(patience).pollInterval(POLL)
          .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
            sampleJob(from);
            last = AlertComparison.of(expected, List.of(prefix), view.alerts());
            return last.exact();
          });
      return Fault.msSince(from);
    } catch (ConditionTimeoutException e) {
      Progress.say("the inspector's view of " + prefix + " is still not exact: " + last);
      return null;
    }
  }

  /** Records when the job is first seen RUNNING after a restart it did not have before. */
  private void sampleJob(Instant from) throws IOException {
    if (jobRunningAgain == null && stack.jobRestarts() > restartsBefore
        && stack.rest().jobState(stack.jobId()).equals("RUNNING")) {
      jobRunningAgain = Fault.msSince(from);
    }
  }

  /** Waits until a completed checkpoint covers the whole feed (the job's group committed its end offsets). */
  void awaitFeedCheckpointed() {
    Awaitility.await("a checkpoint covering the whole feed").atMost(patience).pollInterval(POLL)
        .until(() -> log.consumed(FaultStack.GROUP_ID));
  }

  /** Dead letters written since the scenario started, counted by reason. */
  Map<String, Long> deadLetters() throws Exception {
    Map<TopicPartition, Long> now = log.endOffsets(Topics.DEAD_LETTERS);
    return log.recordsBetween(deadLettersBefore, now, DeadLetter.class).stream()
        .collect(Collectors.groupingBy(d -> d.getReasonCode().name() + (d.getReason().isBlank() ? " (no reason)" : ""),
            TreeMap::new, Collectors.counting()));
  }

  long jobRestarts() throws IOException {
    return stack.jobRestarts() - restartsBefore;
  }

  long checkpointsFailed() throws IOException {
    return stack.checkpointCount("failed") - failedBefore;
  }

  Long jobRunningAgain() {
    return jobRunningAgain;
  }

  AlertComparison comparison() {
    return last;
  }
}
