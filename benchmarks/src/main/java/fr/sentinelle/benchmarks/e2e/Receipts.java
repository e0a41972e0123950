package fr.sentinelle.benchmarks.e2e;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLongArray;

/** For each (subscriber, alert): whether it arrived, how many times, and how long after publishing. */
final class Receipts {
  private final int subscribers;
  private final int alerts;
  private final AtomicLongArray publishedMicros;
  private final BitSet seen;
  private final LatencyRecorder latencies = new LatencyRecorder();
  private long delivered;
  private long duplicated;

  /** What a run adds up to; missed = subscribers × alerts − delivered. */
  record Tally(long delivered, long missed, long duplicated, LatencySummary latency) {}

  Receipts(int subscribers, int alerts) {
    this.subscribers = subscribers;
    this.alerts = alerts;
    this.publishedMicros = new AtomicLongArray(alerts);
    this.seen = new BitSet(subscribers * alerts);
  }

  void published(int alert, long micros) {
    publishedMicros.set(alert, micros);
  }

  /** @param alert the alert's number, or -1 for one that is not a measured alert (ignored) */
  void received(int subscriber, long alert, long micros) {
    if (alert < 0 || alert >= alerts) {
      return;
    }
    int bit = subscriber * alerts + (int) alert;
    synchronized (this) {
      if (seen.get(bit)) {
        duplicated++;
        return;
      }
      seen.set(bit);
      delivered++;
    }
    latencies.add(micros - publishedMicros.get((int) alert));
  }

  synchronized long delivered() {
    return delivered;
  }

  synchronized Tally tally() {
    return new Tally(delivered, (long) subscribers * alerts - delivered, duplicated, latencies.summary());
  }
}
