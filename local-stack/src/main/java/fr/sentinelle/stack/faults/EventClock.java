package fr.sentinelle.stack.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Event time of the run's reviews: one hour later for each round of reviews, across all scenarios, so
 * no review is ever behind the job's watermark (a late one could be rejected, not scored). It starts
 * two days ago, not at a fixed date: alerts carry their event time as Kafka timestamp, and the broker's
 * retention (7 days) would delete alerts of an older replay before a restarted alert service reads them.
 */
final class EventClock {
  private final Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(2));
  private int hours;

  /** The time of the next round. */
  Instant nextRound() {
    hours++;
    return start.plus(Duration.ofHours(hours));
  }
}
