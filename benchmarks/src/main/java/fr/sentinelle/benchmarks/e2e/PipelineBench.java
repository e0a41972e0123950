package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.broker.ModuleJvm;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole pipeline benchmark: one real broker, the alert service when a detector runs, then for
 * each job in turn its throughput phase and its latency phase, each in a fresh job JVM on fresh
 * topics, so one job's state or backlog never weighs on the next.
 */
public final class PipelineBench {
  /** Stations of a water backlog. */
  static final int BACKLOG_STATIONS = 1000;
  private final ModuleJvm jvm;
  private final BenchSettings settings;
  private final Consumer<String> progress;

  public PipelineBench(ModuleJvm jvm, BenchSettings settings, Consumer<String> progress) {
    this.jvm = jvm;
    this.settings = settings;
    this.progress = progress;
  }

  /** @param jobs in the order to run them; put baselines first so ratios can be computed */
  public PipelineReport run(List<JobSpec> jobs, boolean throughput, boolean latency, String bearerToken)
      throws IOException {
    String startedAt = Instant.now().toString();
    MachineInfo before = MachineInfo.now();
    List<String> notes = new ArrayList<>();
    List<JobReport> reports = new ArrayList<>();
    Path data = settings.dataDir().toAbsolutePath();
    Path logs = data.resolve("logs");
    ReviewTexts texts = ReviewTexts.seedCorpus();
    boolean anyDetector = jobs.stream().anyMatch(JobSpec::detector);
    String token = bearerToken;
    if (latency && anyDetector && token == null) {
      token = AlertService.mintToken(jvm, data);
      notes.add(token == null ? "this build of the alert service has no token command: its stream was read without a token"
          : "the stream was read with a supervisor token minted for this run");
    }
    try (LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(data.resolve("kafka")));
        OffsetWatch offsets = new OffsetWatch(broker.bootstrapServers());
        AlertService service = startService(broker, latency && anyDetector, data)) {
      progress.accept("broker on " + broker.bootstrapServers() + (service == null ? "" : ", alert service at "
          + service.url("")));
      Map<Feed, Double> baselines = new HashMap<>();
      ThroughputPhase throughputPhase = new ThroughputPhase(jvm, broker.bootstrapServers(), settings, progress);
      LatencyPhase latencyPhase = new LatencyPhase(jvm, broker.bootstrapServers(), settings, progress);
      for (JobSpec job : jobs) {
        ThroughputResult saturated = null;
        LatencyResult paced = null;
        String error = null;
        try {
          if (throughput) {
            LoadGenerator backlog = load(job.feed(), texts, settings.backlogEstablishments(job), "b-", settings.seed());
            saturated = throughputPhase.run(job, backlog, offsets, logs);
            if (saturated.note() != null) {
              notes.add(job.name() + ": " + saturated.note());
            }
          }
          if (latency) {
            LoadGenerator load = load(job.feed(), texts, settings.establishments(), "l-", settings.seed() + 1);
            LoadGenerator probes = load(job.feed(), texts, 1, "probe-", settings.seed() + 2);
            // A fresh subscription per phase: a stream left idle through other jobs' phases is not what is measured.
            try (SseTap sse = job.detector() && service != null ? new SseTap(service, token) : null) {
              paced = latencyPhase.run(job, load, probes, offsets, logs, sse);
              if (sse != null) {
                notes.add(job.name() + ": the SSE subscriber received " + sse.alertEvents() + " alert events in all"
                    + (sse.failure() == null ? "" : "; its subscription failed: " + sse.failure()));
              }
            }
          }
        } catch (IOException | RuntimeException e) {
          // One job failing (a stale model, a crash) must not lose the figures of the others.
          error = e.toString();
          progress.accept(job.name() + ": FAILED: " + error + " (see " + logs + ")");
        }
        Double ratio = null;
        String baseline = null;
        if (!job.detector() && saturated != null) {
          baselines.put(job.feed(), saturated.medianEventsPerSecond());
        } else if (job.detector()) {
          baseline = JobSpec.passThrough(job.feed()).name();
          Double base = baselines.get(job.feed());
          if (base != null && saturated != null) {
            ratio = Stats.round3(Stats.ratio(saturated.medianEventsPerSecond(), base));
          }
        }
        reports.add(new JobReport(job.name(), job.feed().feedName(), job.detector(), saturated, paced, baseline, ratio,
            error));
      }
    }
    return new PipelineReport(PipelineReport.NAME, startedAt, Instant.now().toString(), before, MachineInfo.now(),
        settings, reports, notes);
  }

  /** Creates every planned topic (the service checks for its own), then starts the service if wanted. */
  private AlertService startService(LocalBroker broker, boolean wanted, Path data) throws IOException {
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
    } catch (TopicAdmin.BrokerException e) {
      throw new IOException("cannot create the topics: " + e.getMessage(), e);
    }
    return wanted ? AlertService.start(jvm, broker.bootstrapServers(), data, "512m") : null;
  }

  private LoadGenerator load(Feed feed, ReviewTexts texts, int subjects, String prefix, long seed) {
    if (feed == Feed.REVIEWS) {
      return new ReviewLoad(texts, settings.riskyShare(), subjects, prefix, seed);
    }
    if (feed == Feed.WATER) {
      // Stations report in turn: few in the latency phase, so each passes through events within it.
      return new WaterLoad(prefix.equals("b-") ? BACKLOG_STATIONS : settings.stations(), prefix, seed);
    }
    throw new IllegalArgumentException("no generated load for feed " + feed.feedName() + " yet");
  }
}
