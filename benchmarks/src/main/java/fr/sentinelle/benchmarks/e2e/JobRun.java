package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.broker.ModuleJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One job JVM of the benchmark, with a probe attached for its CPU and heap; closing stops it. */
final class JobRun implements AutoCloseable {
  private final JavaProcess process;
  private final JvmProbe probe;

  private JobRun(JavaProcess process, JvmProbe probe) {
    this.process = process;
    this.probe = probe;
  }

  static JobRun start(ModuleJvm jvm, JobSpec spec, String bootstrapServers, String topic, String group,
      BenchSettings settings, Path log) throws IOException {
    JavaProcess process = jvm.start(spec.name(), "flink-jobs", spec.mainClass(),
        List.of("-Xmx" + settings.jobHeap(), "-XX:+UseG1GC"), spec.args(bootstrapServers, topic, group, settings), log);
    try {
      return new JobRun(process, attachWhenReady(process));
    } catch (IOException | RuntimeException e) {
      process.close();
      throw e;
    }
  }

  /** A JVM accepts attaching only once it has started its attach listener: retried for a while. */
  private static JvmProbe attachWhenReady(JavaProcess process) throws IOException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        return JvmProbe.attach(process.pid());
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("cannot attach to " + process.name() + " (see " + process.log() + "): "
              + notYet.getMessage(), notYet);
        }
        Waits.pause(200);
      }
    }
  }

  JvmProbe probe() {
    return probe;
  }

  /** Fails when the job JVM has ended: a measurement of a dead job would be meaningless. */
  void checkAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(process.name() + " exited; see " + process.log());
    }
  }

  @Override
  public void close() {
    try {
      probe.close();
    } catch (IOException ignored) {
      // the JVM is being stopped anyway
    }
    process.close();
  }
}
