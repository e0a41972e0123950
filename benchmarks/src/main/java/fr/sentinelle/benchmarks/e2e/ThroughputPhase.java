package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.ModuleJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Throughput at saturation: the job reads a backlog it cannot keep up with, and its rate is the
 * growth of its consumer group's committed offsets over time. Offsets are committed when a
 * checkpoint completes, so each round starts and ends at a commit the harness sees change (polled
 * every {@value #POLL_MILLIS} ms): both ends sit at the same point of the checkpoint cycle and the
 * round measures whole checkpoint intervals. The warm-up (JIT, first checkpoints) is left out.
 */
final class ThroughputPhase {
  static final long POLL_MILLIS = 50;
  /** As the topic plan gives every feed topic. */
  static final int FEED_PARTITIONS = 6;
  private static final long START_TIMEOUT_MILLIS = 180_000;

  private final ModuleJvm jvm;
  private final String bootstrapServers;
  private final BenchSettings settings;
  private final Consumer<String> progress;

  ThroughputPhase(ModuleJvm jvm, String bootstrapServers, BenchSettings settings, Consumer<String> progress) {
    this.jvm = jvm;
    this.bootstrapServers = bootstrapServers;
    this.settings = settings;
    this.progress = progress;
  }

  ThroughputResult run(JobSpec spec, LoadGenerator load, OffsetWatch offsets, Path logs) throws IOException {
    String topic = "sentinelle.bench." + spec.name() + ".backlog";
    String group = "sentinelle-bench-" + spec.name() + "-throughput";
    offsets.createTopic(topic, FEED_PARTITIONS);
    offsets.createTopic(spec.outputTopic(), FEED_PARTITIONS);
    long started = System.nanoTime();
    long backlog = settings.backlogOf(spec);
    try (LoadProducer producer = LoadProducer.bulk(bootstrapServers)) {
      producer.backlog(topic, load, backlog);
    }
    progress.accept(String.format("%s: backlog of %,d messages published in %.1f s", spec.name(), backlog,
        LoadProducer.elapsedMillis(started) / 1000.0));
    try {
      return measure(spec, topic, group, backlog, offsets, logs);
    } finally {
      // Each backlog is gigabytes: the next phases need none of it (a pass-through's output is a copy).
      try {
        offsets.deleteTopics(spec.detector() ? List.of(topic) : List.of(topic, spec.outputTopic()));
      } catch (IllegalStateException e) {
        progress.accept(spec.name() + ": its backlog stays on disk until the run ends: " + e.getMessage());
      }
    }
  }

  private ThroughputResult measure(JobSpec spec, String topic, String group, long backlog, OffsetWatch offsets,
      Path logs) throws IOException {
    try (JobRun job = JobRun.start(jvm, spec, bootstrapServers, topic, group, settings,
        logs.resolve(spec.name() + "-throughput.log"))) {
      Commit first = nextCommit(offsets, group, topic, 0, backlog, job, START_TIMEOUT_MILLIS);
      if (first == null) {
        throw new IllegalStateException("the job read nothing of the backlog");
      }
      progress.accept(spec.name() + ": reading (first commit at offset " + first.offset + "), warming up "
          + settings.warmupSeconds() + " s");
      Waits.pause(settings.warmupSeconds() * 1000L);
      UsageMeter usage = new UsageMeter(job.probe());
      List<Double> rates = new ArrayList<>();
      String note = null;
      Commit from = nextCommit(offsets, group, topic, offsets.committed(group, topic), backlog, job, 60_000);
      usage.start();
      if (from == null) {
        note = "the backlog ran out during the warm-up: raise " + settings.backlogFor(spec).option();
      }
      for (int round = 0; from != null && round < settings.rounds(); round++) {
        long end = from.nanos + settings.roundSeconds() * 1_000_000_000L;
        while (System.nanoTime() < end) {
          usage.sample();
          Waits.pause(500);
        }
        Commit to = nextCommit(offsets, group, topic, offsets.committed(group, topic), backlog, job, 60_000);
        if (to == null || to.offset >= backlog) {
          note = "the backlog ran out during round " + (round + 1) + ": raise " + settings.backlogFor(spec).option() + " for more rounds";
          break;
        }
        double rate = (to.offset - from.offset) / ((to.nanos - from.nanos) / 1e9);
        rates.add(Stats.round3(rate));
        progress.accept(String.format("%s: round %d: %,.0f events/s", spec.name(), round + 1, rate));
        from = to;
      }
      usage.stop();
      return new ThroughputResult(backlog, rates, Stats.round3(Stats.median(rates)),
          settings.roundSeconds(), usage.usage(), note);
    }
  }

  /** A commit of the group seen by the harness: the committed offset and when it was first seen. */
  private record Commit(long offset, long nanos) {}

  /** The next commit beyond {@code after}, or null once the whole backlog is committed (nothing more will come). */
  private Commit nextCommit(OffsetWatch offsets, String group, String topic, long after, long backlog, JobRun job,
      long timeoutMillis) {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (true) {
      job.checkAlive();
      long offset = offsets.committed(group, topic);
      if (after >= backlog) {
        return null;
      }
      if (offset > after) {
        return new Commit(offset, System.nanoTime());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the job committed no offset beyond " + after + " within "
            + timeoutMillis / 1000 + " s");
      }
      Waits.pause(POLL_MILLIS);
    }
  }
}
