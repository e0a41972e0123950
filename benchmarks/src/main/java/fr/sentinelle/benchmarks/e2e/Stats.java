package fr.sentinelle.benchmarks.e2e;

import java.util.Arrays;
import java.util.List;

/** The few statistics the report uses, written out so their definitions are plain. */
public final class Stats {
  private Stats() {}

  /**
   * Nearest-rank percentile: the smallest sample with at least {@code q} of the samples at or
   * below it (so p99 of 1,000 samples is the 990th smallest, and p100 the largest).
   *
   * @param sorted samples in ascending order, not empty
   * @param q between 0 (excluded) and 1
   */
  public static long percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(q > 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be within (0, 1], got " + q);
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The median; the mean of the two middle values when the count is even. NaN when empty. */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** {@code part / whole}, NaN when the whole is not positive (a ratio to nothing means nothing). */
  public static double ratio(double part, double whole) {
    return whole > 0 ? part / whole : Double.NaN;
  }

  /** Summary of latencies given in microseconds, reported in milliseconds. */
  public static LatencySummary latencies(long[] micros) {
    if (micros.length == 0) {
      return LatencySummary.EMPTY;
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
    return new LatencySummary(sorted.length, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)),
        ms(percentile(sorted, 0.999)), ms(sorted[sorted.length - 1]), round3(mean / 1000.0));
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }

  /** Three decimals: microseconds when the unit is milliseconds; the report needs no more. */
  public static double round3(double value) {
    return Double.isFinite(value) ? Math.round(value * 1000.0) / 1000.0 : value;
  }
}
