package fr.sentinelle.stack.faults;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fault in the middle of a replay with known expected alerts: the first half of the replay is
 * published, the fault strikes, the second half follows, and the inspector's view must end up
 * holding exactly the expected alerts, with no review dead-lettered (none may be judged late).
 */
final class FaultScenario implements Scenario {
  private final Fault fault;

  FaultScenario(Fault fault) {
    this.fault = fault;
  }

  @Override
  public String name() {
    return fault.name();
  }

  @Override
  public ScenarioResult run(FaultStack stack, FaultSizes sizes, EventClock clock) throws Exception {
    KnownAlertsFeed feed = KnownAlertsFeed.build(name(), sizes.establishments(), sizes.updates(), 0, clock);
    ScenarioRun run = new ScenarioRun(stack, sizes.patience());
    FeedPublisher.publish(stack.bootstrapServers(), feed.firstHalf());
    Instant faultAt = Instant.now();
    Map<String, Long> recovery = new TreeMap<>(fault.inject(stack,
        () -> FeedPublisher.publish(stack.bootstrapServers(), feed.secondHalf()), faultAt));
    Long viewComplete = run.awaitView(faultAt, feed.expected(), feed.prefix());
    if (viewComplete != null) {
      recovery.put("inspectorViewComplete", viewComplete);
      run.awaitFeedCheckpointed();
    }
    if (run.jobRunningAgain() != null) {
      recovery.put("jobRunningAgain", run.jobRunningAgain());
    }
    Map<String, Long> deadLetters = run.deadLetters();
    AlertComparison view = run.comparison();
    boolean passed = viewComplete != null && view.exact() && deadLetters.isEmpty();
    return new ScenarioResult(name(), passed, feed.messages().size(), 0, view.expected(), view.seen(),
        view.missing(), view.unexpected(), view.duplicates(), recovery, run.jobRestarts(), run.checkpointsFailed(),
        deadLetters, Map.of(), null);
  }
}
