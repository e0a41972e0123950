package fr.sentinelle.benchmarks.e2e;

import java.util.Arrays;

/** Collects latency samples (microseconds) from any thread; cheap enough for thousands per second. */
public final class LatencyRecorder {
  private long[] samples = new long[1024];
  private int size;

  public synchronized void add(long micros) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = micros;
  }

  public synchronized int count() {
    return size;
  }

  public synchronized LatencySummary summary() {
    return Stats.latencies(Arrays.copyOf(samples, size));
  }
}
