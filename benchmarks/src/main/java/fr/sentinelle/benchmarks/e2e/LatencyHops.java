package fr.sentinelle.benchmarks.e2e;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

/**
 * Where each measured message's time to the output topic went, split at the broker: publish → the
 * feed record appended, feed appended → the output record appended (the job: fetch, process,
 * produce), output appended → read by the harness. The broker stamps both appends itself (the
 * topics use {@code LogAppendTime}), so the split needs nothing from the job; the stamps are wall
 * clock milliseconds, as the harness's publish and read times taken for them here.
 *
 * <p>Besides the median and p99 of each hop, the report gives each hop's mean over the slowest 1 %
 * of the messages (by total): which hop the tail comes from.
 */
final class LatencyHops {
  private final AtomicLongArray publishedMillis;
  private final AtomicLongArray feedAppendedMillis;
  private final long[][] hops;
  private final long[] totals;
  private final int[] sequences;
  private int size;

  LatencyHops(int messages) {
    publishedMillis = new AtomicLongArray(messages);
    feedAppendedMillis = new AtomicLongArray(messages);
    hops = new long[3][messages];
    totals = new long[messages];
    sequences = new int[messages];
  }

  void published(int sequence, long wallMillis) {
    publishedMillis.set(sequence, wallMillis);
  }

  /** The broker's append time of the published message, as its acknowledgement gives it. */
  void appended(int sequence, long appendMillis) {
    feedAppendedMillis.set(sequence, appendMillis);
  }

  /**
   * A measured message's first output, appended by the broker at {@code outputAppendMillis} and read
   * at {@code readMillis}; {@code totalMicros} is its latency as {@link Deliveries} measured it.
   * Ignored when the feed's acknowledgement has not come yet (a rare race at the start).
   */
  synchronized void delivered(int sequence, long outputAppendMillis, long readMillis, long totalMicros) {
    long feedAppended = feedAppendedMillis.get(sequence);
    if (feedAppended == 0) {
      return;
    }
    hops[0][size] = feedAppended - publishedMillis.get(sequence);
    hops[1][size] = outputAppendMillis - feedAppended;
    hops[2][size] = readMillis - outputAppendMillis;
    totals[size] = totalMicros;
    sequences[size] = sequence;
    size++;
  }

  synchronized HopSummary summary() {
    if (size == 0) {
      return null;
    }
    Integer[] slowestFirst = slowestFirst();
    int tailCount = tailCount();
    double[] tailMeans = new double[3];
    for (int rank = 0; rank < tailCount; rank++) {
      for (int hop = 0; hop < 3; hop++) {
        tailMeans[hop] += hops[hop][slowestFirst[rank]] / (double) tailCount;
      }
    }
    return new HopSummary(size, hop(0), hop(1), hop(2), tailCount, Stats.round3(tailMeans[0]),
        Stats.round3(tailMeans[1]), Stats.round3(tailMeans[2]));
  }

  /**
   * When the slowest 1 % were published: the wall-clock seconds holding them, most first, each with
   * its count and slowest total (ms), and the hops (to feed / in job / to reader) of that slowest.
   * Clustered seconds point to a stall (a pause, a checkpoint); spread ones to steady queueing.
   */
  synchronized String tailMoments(int seconds) {
    if (size == 0) {
      return "none (no output after the warm-up)";
    }
    Integer[] slowestFirst = slowestFirst();
    Map<Long, int[]> bySecond = new TreeMap<>();
    for (int rank = 0; rank < tailCount(); rank++) {
      int i = slowestFirst[rank];
      long second = publishedMillis.get(sequences[i]) / 1000;
      int[] entry = bySecond.computeIfAbsent(second, s -> new int[] {0, i});
      entry[0]++;
    }
    return bySecond.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
        .limit(seconds)
        .map(e -> {
          int i = e.getValue()[1];
          return String.format("%tT %d×, %d ms (%d/%d/%d)", e.getKey() * 1000, e.getValue()[0], totals[i] / 1000,
              hops[0][i], hops[1][i], hops[2][i]);
        })
        .collect(Collectors.joining("; "));
  }

  /** The slowest 1 % of the split messages, at least one. */
  private int tailCount() {
    return Math.max(1, size / 100);
  }

  private Integer[] slowestFirst() {
    Integer[] slowestFirst = new Integer[size];
    Arrays.setAll(slowestFirst, i -> i);
    Arrays.sort(slowestFirst, (a, b) -> Long.compare(totals[b], totals[a]));
    return slowestFirst;
  }

  private HopSummary.Hop hop(int hop) {
    long[] sorted = Arrays.copyOf(hops[hop], size);
    Arrays.sort(sorted);
    return new HopSummary.Hop(Stats.percentile(sorted, 0.50), Stats.percentile(sorted, 0.99));
  }

  /**
   * The hops of the measured messages, in whole milliseconds.
   *
   * @param count messages with all three hops known
   * @param toFeed publish → the broker appended the feed record
   * @param inJob feed record appended → output record appended
   * @param toReader output appended → the harness read it
   * @param tailCount the slowest 1 % of the messages by total latency (at least one)
   * @param tailToFeedMeanMs the mean of {@code toFeed} over those messages; likewise the two others
   */
  public record HopSummary(int count, Hop toFeed, Hop inJob, Hop toReader, int tailCount, double tailToFeedMeanMs,
      double tailInJobMeanMs, double tailToReaderMeanMs) {
    public record Hop(long p50Ms, long p99Ms) {}
  }
}
