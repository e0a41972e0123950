package fr.sentinelle.jobs.common;

import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.HistogramStatistics;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * A Flink histogram of scoring durations: updated with nanoseconds (Flink histograms take longs),
 * its statistics in seconds, the base unit Prometheus names promise. Flink's Prometheus reporter
 * exports it as a summary (quantiles over the newest {@value #WINDOW} samples, and a count).
 */
public final class ScoringDuration implements Histogram {
  static final int WINDOW = 1024;
  private static final double NANOS_PER_SECOND = 1e9;

  private final DescriptiveStatisticsHistogram nanos = new DescriptiveStatisticsHistogram(WINDOW);

  /** Times one scoring call from {@code startNanos} ({@link System#nanoTime()}) to now. */
  public void recordSince(long startNanos) {
    update(System.nanoTime() - startNanos);
  }

  @Override
  public void update(long durationNanos) {
    nanos.update(durationNanos);
  }

  @Override
  public long getCount() {
    return nanos.getCount();
  }

  @Override
  public HistogramStatistics getStatistics() {
    HistogramStatistics stats = nanos.getStatistics();
    return new HistogramStatistics() {
      @Override
      public double getQuantile(double quantile) {
        return stats.getQuantile(quantile) / NANOS_PER_SECOND;
      }

      @Override
      public long[] getValues() {
        return stats.getValues();
      }

      @Override
      public int size() {
        return stats.size();
      }

      @Override
      public double getMean() {
        return stats.getMean() / NANOS_PER_SECOND;
      }

      @Override
      public double getStdDev() {
        return stats.getStdDev() / NANOS_PER_SECOND;
      }

      @Override
      public long getMax() {
        return (long) Math.ceil(stats.getMax() / NANOS_PER_SECOND);
      }

      @Override
      public long getMin() {
        return (long) Math.floor(stats.getMin() / NANOS_PER_SECOND);
      }
    };
  }
}
