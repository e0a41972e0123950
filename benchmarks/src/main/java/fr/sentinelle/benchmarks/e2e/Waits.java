package fr.sentinelle.benchmarks.e2e;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Bounded polling for the harness (it watches other processes; nothing here is a test). */
final class Waits {
  private Waits() {}

  static void pause(long millis) {
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    if (Thread.interrupted()) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /** Polls every {@code everyMillis} until the condition holds; false when the time ran out first. */
  static boolean until(BooleanSupplier condition, long timeoutMillis, long everyMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      pause(everyMillis);
    }
    return true;
  }
}
