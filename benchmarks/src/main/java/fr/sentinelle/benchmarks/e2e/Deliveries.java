package fr.sentinelle.benchmarks.e2e;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Publish times of a paced load and the first delivery of each of its messages somewhere (an
 * output topic, an SSE stream): latency of first deliveries after the warm-up, and how many
 * deliveries repeated one already seen.
 */
final class Deliveries {
  private final String prefix;
  private final AtomicLongArray publishedMicros;
  private final long warmup;
  private final BitSet seen = new BitSet();
  private final java.util.Map<String, Integer> aliases = new java.util.concurrent.ConcurrentHashMap<>();
  private final LatencyRecorder latencies = new LatencyRecorder();
  /** The measured messages split in consecutive windows of equal length, one recorder each. */
  private final LatencyRecorder[] windows;
  private int distinct;
  private int duplicates;
  private volatile long lastDeliveryNanos = System.nanoTime();
  private LatencyHops hops;

  /** @param warmup messages with a smaller sequence number count as delivered but add no latency */
  Deliveries(String prefix, int messages, long warmup) {
    this(prefix, messages, warmup, 1);
  }

  /** @param windows how many consecutive windows of equal length the measured messages are split into */
  Deliveries(String prefix, int messages, long warmup, int windows) {
    if (windows < 1) {
      throw new IllegalArgumentException("windows must be at least 1, got " + windows);
    }
    this.prefix = prefix;
    this.publishedMicros = new AtomicLongArray(messages);
    this.warmup = warmup;
    this.windows = new LatencyRecorder[windows];
    for (int w = 0; w < windows; w++) {
      this.windows[w] = new LatencyRecorder();
    }
  }

  /**
   * Another name of a published message, for outputs that point to their source by position
   * rather than id (a water alert names the reading's partition and offset): see {@link #position}.
   */
  void alias(String name, int sequence) {
    aliases.put(name, sequence);
  }

  /** How an output names a source message by its position on the feed topic. */
  static String position(int partition, long offset) {
    return "@" + partition + "/" + offset;
  }

  /** Also splits each measured delivery's latency into its hops (outputs read from a topic only). */
  void splitInto(LatencyHops hops) {
    this.hops = hops;
  }

  void published(int sequence, long micros) {
    publishedMicros.set(sequence, micros);
  }

  /** A delivery of the record with this id (ids of other loads are ignored), received at {@code micros}. */
  void delivered(String recordId, long micros) {
    delivered(recordId, micros, 0, 0);
  }

  /**
   * As above, for an output the broker appended at {@code outputAppendMillis} (wall clock), read at
   * {@code readMillis}: with {@link #splitInto}, the measured ones are split into hops.
   */
  void delivered(String recordId, long micros, long outputAppendMillis, long readMillis) {
    Integer aliased = recordId == null ? null : aliases.get(recordId);
    long sequence = aliased != null ? aliased : LoadGenerator.sequenceOf(prefix, recordId);
    if (sequence < 0 || sequence >= publishedMicros.length()) {
      return;
    }
    int index = (int) sequence;
    synchronized (this) {
      if (seen.get(index)) {
        duplicates++;
        return;
      }
      seen.set(index);
      distinct++;
    }
    lastDeliveryNanos = System.nanoTime();
    if (sequence >= warmup) {
      long latency = micros - publishedMicros.get(index);
      latencies.add(latency);
      long measured = publishedMicros.length() - warmup;
      windows[(int) ((sequence - warmup) * windows.length / measured)].add(latency);
      if (hops != null && outputAppendMillis > 0) {
        hops.delivered(index, outputAppendMillis, readMillis, latency);
      }
    }
  }

  synchronized int distinct() {
    return distinct;
  }

  synchronized int duplicates() {
    return duplicates;
  }

  long millisSinceLastDelivery() {
    return (System.nanoTime() - lastDeliveryNanos) / 1_000_000;
  }

  LatencySummary latencies() {
    return latencies.summary();
  }

  /** The latencies of each window, in publish order. */
  List<LatencySummary> windowLatencies() {
    return Arrays.stream(windows).map(LatencyRecorder::summary).toList();
  }
}
