package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.avro.Feed;
import java.nio.file.Path;

/**
 * Everything a pipeline benchmark run is told, in one value (the command line fills it).
 *
 * @param backlog reviews pre-published for the hygiene job's throughput phase
 * @param waterBacklog readings pre-published for the water detector's throughput phase
 * @param baselineBacklog messages pre-published for each pass-through job, which reads several times faster
 * @param warmupSeconds time a job reads the backlog before the first measured round
 * @param rounds measured rounds of the throughput phase; the median is reported
 * @param roundSeconds length of one round (at least this; a round ends at an offset commit)
 * @param rate offered load of the latency phase, messages per second (below saturation)
 * @param latencySeconds length of the latency phase
 * @param latencyWarmupSeconds first part of the latency phase left out of the figures
 * @param establishments establishments of the latency phase's reviews (few, so alerts are frequent)
 * @param stations water stations of the latency phase (each reads in turn)
 * @param riskyShare share of reviews whose text reports food poisoning
 * @param checkpointInterval every job's checkpoint interval; offsets are committed at checkpoints
 * @param jobHeap -Xmx of each job JVM
 */
public record BenchSettings(Path dataDir, long backlog, long waterBacklog, long baselineBacklog, int warmupSeconds, int rounds, int roundSeconds, double rate,
    int latencySeconds, int latencyWarmupSeconds, int establishments, int stations, double riskyShare, long seed,
    String checkpointInterval, int parallelism, String maxOutOfOrderness, String jobHeap) {

  /** A job's backlog: how many messages, and the option that sets it (named when it runs out). */
  public record Backlog(long messages, String option) {}

  public Backlog backlogFor(JobSpec job) {
    if (!job.detector()) {
      return new Backlog(baselineBacklog, "--baseline-backlog");
    }
    return job.feed() == Feed.WATER ? new Backlog(waterBacklog, "--water-backlog") : new Backlog(backlog, "--backlog");
  }

  /** The messages of a job's throughput phase. */
  public long backlogOf(JobSpec job) {
    return backlogFor(job).messages();
  }

  /** Stations of a water backlog, each reading once a minute of event time. */
  static final int BACKLOG_STATIONS = 1000;

  /**
   * The subjects a job's backlog is spread over: establishments, one per four reviews so alerts stay
   * as rare as in real life, or water stations.
   */
  public int backlogSubjects(JobSpec job) {
    if (job.feed() == Feed.WATER) {
      return BACKLOG_STATIONS;
    }
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, backlogOf(job) / 4));
  }

  /** The subjects of the latency phase: few, so most of them raise alerts within it. */
  public int latencySubjects(JobSpec job) {
    return job.feed() == Feed.WATER ? stations : establishments;
  }

  /** Messages of the latency phase. */
  public int latencyMessages() {
    return (int) Math.round(rate * latencySeconds);
  }

  /** Sequence numbers below this one are the latency phase's warm-up. */
  public long latencyWarmupMessages() {
    return Math.round(rate * latencyWarmupSeconds);
  }
}
