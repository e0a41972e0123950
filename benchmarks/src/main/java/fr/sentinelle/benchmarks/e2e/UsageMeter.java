package fr.sentinelle.benchmarks.e2e;

/** Accumulates a JVM's CPU time and heap samples between {@link #start} and {@link #usage}. */
final class UsageMeter {
  private final JvmProbe probe;
  private long cpuStart;
  private long wallStart;
  private long cpuEnd;
  private long wallEnd;
  private double heapMax;
  private double heapSum;
  private double heapCommitted;
  private int samples;

  UsageMeter(JvmProbe probe) {
    this.probe = probe;
  }

  void start() {
    cpuStart = probe.processCpuNanos();
    wallStart = System.nanoTime();
  }

  void sample() {
    double used = probe.heapUsedBytes() / 1048576.0;
    heapMax = Math.max(heapMax, used);
    heapSum += used;
    heapCommitted = probe.heapCommittedBytes() / 1048576.0;
    samples++;
  }

  /** Stops the CPU clock (call once at the end of the window). */
  void stop() {
    cpuEnd = probe.processCpuNanos();
    wallEnd = System.nanoTime();
  }

  JvmUsage usage() {
    double cpu = Stats.ratio(cpuEnd - cpuStart, wallEnd - wallStart);
    return new JvmUsage(Stats.round3(cpu), Stats.round3(heapMax), Stats.round3(samples == 0 ? Double.NaN : heapSum / samples),
        Stats.round3(heapCommitted), samples);
  }
}
