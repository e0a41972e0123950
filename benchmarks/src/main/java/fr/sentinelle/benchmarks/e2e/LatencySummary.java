package fr.sentinelle.benchmarks.e2e;

/**
 * Latencies of one measurement, in milliseconds (microsecond resolution).
 *
 * @param count samples measured (after the warm-up)
 */
public record LatencySummary(int count, double p50Ms, double p99Ms, double p999Ms, double maxMs, double meanMs) {
  public static final LatencySummary EMPTY = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
      Double.NaN);
}
