package fr.sentinelle.benchmarks.e2e;

/**
 * One clock for publish and receive times. Both are taken in the benchmark's own JVM (the jobs and
 * the service never stamp anything), so a monotonic clock serves and no clock skew enters a latency.
 */
final class Clocks {
  private Clocks() {}

  static long micros() {
    return System.nanoTime() / 1000;
  }
}
