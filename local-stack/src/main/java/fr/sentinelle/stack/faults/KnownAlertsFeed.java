package fr.sentinelle.stack.faults;

import fr.sentinelle.connectors.fuzz.HostileReviews;
import fr.sentinelle.connectors.fuzz.SampleReviews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reviews whose alerts are known by construction, for establishments new to the run (their ids start
 * with the scenario's name, so scenarios never meet): three risky reviews per establishment open one
 * alert quoting them; a fourth for the first {@code updates} establishments updates it. The first
 * {@code odd} establishments' reviews also carry non-UTF-8 bytes and control characters: odd but valid.
 */
record KnownAlertsFeed(String prefix, List<FeedMessage> messages, Map<String, String> expected) {
  static final String DEPARTMENT = "33";
  static final String ODD_DEPARTMENT = "13";

  static KnownAlertsFeed build(String prefix, int establishments, int updates, int odd, EventClock clock) {
    List<FeedMessage> messages = new ArrayList<>();
    Map<String, List<String>> quoted = new TreeMap<>();
    for (int round = 0; round < 3; round++) {
      Instant at = clock.nextRound();
      for (int e = 0; e < establishments; e++) {
        String text = SampleReviews.RISKY.get((e + round) % SampleReviews.RISKY.size());
        messages.add(review(prefix + "-e" + e, "r" + round, text, at, e < odd, quoted));
      }
    }
    Instant at = clock.nextRound();
    for (int e = 0; e < updates; e++) {
      messages.add(review(prefix + "-e" + e, "again", SampleReviews.RISKY.get(0), at, e < odd, quoted));
    }
    Map<String, String> expected = expectedAlerts(prefix, establishments, updates);
    if (!expected.equals(expectedFrom(quoted))) {
      throw new IllegalStateException("the feed does not raise the alerts it promises");
    }
    return new KnownAlertsFeed(prefix, List.copyOf(messages), expected);
  }

  /** The alerts {@link #build} promises: by establishment, its alert's status and quoted reviews. */
  static Map<String, String> expectedAlerts(String prefix, int establishments, int updates) {
    Map<String, List<String>> quoted = new TreeMap<>();
    for (int e = 0; e < establishments; e++) {
      String establishment = prefix + "-e" + e;
      List<String> reviews = new ArrayList<>(List.of(establishment + "-r0", establishment + "-r1", establishment + "-r2"));
      if (e < updates) {
        reviews.add(establishment + "-again");
      }
      quoted.put(establishment, reviews);
    }
    return expectedFrom(quoted);
  }

  private static Map<String, String> expectedFrom(Map<String, List<String>> quoted) {
    Map<String, String> expected = new TreeMap<>();
    quoted.forEach((establishment, reviews) ->
        expected.put(establishment, AlertKey.of(reviews.size() > 3 ? "UPDATE" : "OPEN", reviews)));
    return Map.copyOf(expected);
  }

  private static FeedMessage review(String establishment, String suffix, String text, Instant at, boolean odd,
      Map<String, List<String>> quoted) {
    String reviewId = establishment + "-" + suffix;
    quoted.computeIfAbsent(establishment, k -> new ArrayList<>()).add(reviewId);
    byte[] value = odd ? HostileReviews.oddButValid(reviewId, establishment, ODD_DEPARTMENT, text, at)
        : SampleReviews.encoded(SampleReviews.review(reviewId, establishment, DEPARTMENT, text, at));
    return new FeedMessage(establishment, value);
  }

  /** The messages before the fault: the first half, so the fault falls in the middle of the replay. */
  List<FeedMessage> firstHalf() {
    return messages.subList(0, messages.size() / 2);
  }

  List<FeedMessage> secondHalf() {
    return messages.subList(messages.size() / 2, messages.size());
  }
}
