package fr.sentinelle.stack.faults;

import fr.sentinelle.connectors.fuzz.HostileReviews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A fuzz run of the reviews feed: hostile payloads (random bytes, truncated messages, a wrong schema
 * fingerprint, valid Avro with absurd values, huge texts) interleaved, two after each, with good
 * reviews, some of whose texts carry non-UTF-8 bytes and control characters. The job must not restart,
 * every hostile payload must give one dead letter with the right reason, and every good establishment
 * must alert exactly as expected.
 */
final class HostileInputScenario implements Scenario {
  private static final int HOSTILE_AFTER_EACH_GOOD = 2;

  @Override
  public String name() {
    return "hostile-input";
  }

  @Override
  public ScenarioResult run(FaultStack stack, FaultSizes sizes, EventClock clock) throws Exception {
    int odd = Math.max(1, sizes.establishments() / 4);
    KnownAlertsFeed feed = KnownAlertsFeed.build(name(), sizes.establishments(), sizes.updates(), odd, clock);
    List<HostileReviews.Hostile> hostile = HostileReviews.generate(sizes.seed(), sizes.hostile());
    ScenarioRun run = new ScenarioRun(stack, sizes.patience());
    Instant start = Instant.now();
    FeedPublisher.publish(stack.bootstrapServers(), interleave(feed.messages(), hostile));
    Map<String, Long> recovery = new TreeMap<>();
    Long viewComplete = run.awaitView(start, feed.expected(), feed.prefix());
    if (viewComplete != null) {
      recovery.put("inspectorViewComplete", viewComplete);
      run.awaitFeedCheckpointed();
    }
    Map<String, Long> expectedDeadLetters = hostile.stream()
        .collect(Collectors.groupingBy(h -> h.reason().name(), TreeMap::new, Collectors.counting()));
    Map<String, Long> deadLetters = run.deadLetters();
    long restarts = run.jobRestarts();
    AlertComparison view = run.comparison();
    boolean passed = viewComplete != null && view.exact() && deadLetters.equals(expectedDeadLetters)
        && restarts == 0;
    return new ScenarioResult(name(), passed, feed.messages().size(), hostile.size(), view.expected(), view.seen(),
        view.missing(), view.unexpected(), view.duplicates(), recovery, restarts, run.checkpointsFailed(),
        deadLetters, expectedDeadLetters, null);
  }

  private static List<FeedMessage> interleave(List<FeedMessage> good, List<HostileReviews.Hostile> hostile) {
    List<FeedMessage> messages = new ArrayList<>();
    int h = 0;
    for (FeedMessage review : good) {
      messages.add(review);
      for (int i = 0; i < HOSTILE_AFTER_EACH_GOOD && h < hostile.size(); i++, h++) {
        messages.add(new FeedMessage("hostile-" + h, hostile.get(h).payload()));
      }
    }
    for (; h < hostile.size(); h++) {
      messages.add(new FeedMessage("hostile-" + h, hostile.get(h).payload()));
    }
    return messages;
  }
}
