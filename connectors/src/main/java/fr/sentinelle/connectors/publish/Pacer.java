package fr.sentinelle.connectors.publish;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Paces records to a steady rate: record i goes out no earlier than start + i/rate, so a pause
 * (a slow broker) is caught up without exceeding the rate on average. Time is injected for tests.
 */
public final class Pacer {
  private final double intervalNanos;
  private final LongSupplier nanoTime;
  private final LongConsumer parkNanos;
  private long start = Long.MIN_VALUE;
  private long sent;

  Pacer(double ratePerSecond, LongSupplier nanoTime, LongConsumer parkNanos) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, got " + ratePerSecond);
    }
    this.intervalNanos = 1e9 / ratePerSecond;
    this.nanoTime = nanoTime;
    this.parkNanos = parkNanos;
  }

  public static Pacer perSecond(double rate) {
    return new Pacer(rate, System::nanoTime, LockSupport::parkNanos);
  }

  /** A pacer that never waits (no --rate). */
  public static Pacer unlimited() {
    return new Pacer(Double.POSITIVE_INFINITY, System::nanoTime, nanos -> { });
  }

  /** Blocks until the next record may go out. */
  public void await() {
    long now = nanoTime.getAsLong();
    if (start == Long.MIN_VALUE) {
      start = now;
    }
    long due = start + (long) (sent++ * intervalNanos);
    while (now < due) {
      parkNanos.accept(due - now);
      now = nanoTime.getAsLong();
    }
  }
}
