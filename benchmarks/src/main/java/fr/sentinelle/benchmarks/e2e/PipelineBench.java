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
 * The whole pipeline benchmark: every job's throughput phase on one real broker, then, on a fresh
 * broker with the alert service when a detector runs, every job's latency phase. Each phase runs in
 * a fresh job JVM on fresh topics, so one job's state or backlog never weighs on the next, and the
 * service never folds the alerts of a saturated detector while a throughput is measured.
 */
public final class PipelineBench {
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
    Path data = settings.dataDir().toAbsolutePath();
    Path logs = data.resolve("logs");
    Map<String, ThroughputResult> saturated = new HashMap<>();
    Map<String, LatencyResult> paced = new HashMap<>();
    Map<String, String> errors = new HashMap<>();
    if (throughput) {
      // No alert service here: it would fold every alert the detectors raise at saturation, on the
      // same two cores, and the figures would be the job's and the service's together.
      Path kafka = data.resolve("kafka-throughput");
      try (LocalBroker broker = startBroker(kafka)) {
        progress.accept("broker on " + broker.bootstrapServers() + " for the throughput phases");
        runThroughput(jobs, broker, logs, saturated, notes, errors);
      }
      // The backlogs take gigabytes; the latency phases need none of them.
      DataDirs.empty(kafka);
    }
    if (latency) {
      runLatency(jobs, data, logs, bearerToken, paced, notes, errors);
    }
    return new PipelineReport(PipelineReport.NAME, startedAt, Instant.now().toString(), before, MachineInfo.now(),
        settings, reports(jobs, saturated, paced, errors), notes);
  }

  private void runThroughput(List<JobSpec> jobs, LocalBroker broker, Path logs, Map<String, ThroughputResult> results,
      List<String> notes, Map<String, String> errors) throws IOException {
    ReviewTexts texts = ReviewTexts.seedCorpus();
    try (OffsetWatch offsets = new OffsetWatch(broker.bootstrapServers())) {
      ThroughputPhase phase = new ThroughputPhase(jvm, broker.bootstrapServers(), settings, progress);
      for (JobSpec job : jobs) {
        try {
          int subjects = settings.backlogSubjects(job);
          Instant waterOrigin = WaterLoad.originFor(settings.backlogOf(job), subjects, Instant.now());
          LoadGenerator backlog = load(job.feed(), texts, subjects, "b-", settings.seed(), waterOrigin);
          ThroughputResult result = phase.run(job, backlog, offsets, logs);
          results.put(job.name(), result);
          if (result.note() != null) {
            notes.add(job.name() + ": " + result.note());
          }
        } catch (IOException | RuntimeException e) {
          failed(job, e, logs, errors);
        }
      }
    }
  }

  /** A fresh broker, and the alert service when a detector runs: only the latency phases' alerts reach it. */
  private void runLatency(List<JobSpec> jobs, Path data, Path logs, String bearerToken,
      Map<String, LatencyResult> results, List<String> notes, Map<String, String> errors) throws IOException {
    ReviewTexts texts = ReviewTexts.seedCorpus();
    boolean anyDetector = jobs.stream().anyMatch(JobSpec::detector);
    String token = bearerToken;
    if (anyDetector && token == null) {
      token = AlertService.mintToken(jvm, data);
      notes.add(token == null ? "this build of the alert service has no token command: its stream was read without a token"
          : "the stream was read with a supervisor token minted for this run");
    }
    try (LocalBroker broker = startBroker(data.resolve("kafka-latency"));
        OffsetWatch offsets = new OffsetWatch(broker.bootstrapServers());
        AlertService service = startService(broker, anyDetector, data)) {
      progress.accept("broker on " + broker.bootstrapServers() + " for the latency phases" + (service == null ? ""
          : ", alert service at " + service.url("")));
      LatencyPhase phase = new LatencyPhase(jvm, broker.bootstrapServers(), settings, progress);
      for (JobSpec job : jobs) {
        // The probes read at the load's first minute: a probe ahead of it in event time would make its readings late.
        int subjects = settings.latencySubjects(job);
        Instant waterOrigin = WaterLoad.originFor(settings.latencyMessages(), subjects, Instant.now());
        LoadGenerator load = load(job.feed(), texts, subjects, "l-", settings.seed() + 1, waterOrigin);
        LoadGenerator probes = load(job.feed(), texts, 1, "probe-", settings.seed() + 2, waterOrigin);
        // A fresh subscription per phase: a stream left idle through other jobs' phases is not what is measured.
        try (SseTap sse = job.detector() && service != null ? new SseTap(service, token, job.streamSourceIdOf()) : null) {
          results.put(job.name(), phase.run(job, load, probes, offsets, logs, sse));
          if (sse != null) {
            notes.add(job.name() + ": the SSE subscriber received " + sse.alertEvents() + " alert events in all"
                + (sse.failure() == null ? "" : "; its subscription failed: " + sse.failure()));
          }
        } catch (IOException | RuntimeException e) {
          failed(job, e, logs, errors);
        }
      }
    }
  }

  /** One job failing (a stale model, a crash) must not lose the figures of the others. */
  private void failed(JobSpec job, Exception e, Path logs, Map<String, String> errors) {
    errors.merge(job.name(), e.toString(), (first, second) -> first + "; " + second);
    progress.accept(job.name() + ": FAILED: " + e + " (see " + logs + ")");
  }

  private static List<JobReport> reports(List<JobSpec> jobs, Map<String, ThroughputResult> saturated,
      Map<String, LatencyResult> paced, Map<String, String> errors) {
    Map<Feed, Double> baselines = new HashMap<>();
    List<JobReport> reports = new ArrayList<>();
    for (JobSpec job : jobs) {
      ThroughputResult result = saturated.get(job.name());
      Double ratio = null;
      String baseline = null;
      if (!job.detector() && result != null) {
        baselines.put(job.feed(), result.medianEventsPerSecond());
      } else if (job.detector()) {
        baseline = JobSpec.passThrough(job.feed()).name();
        Double base = baselines.get(job.feed());
        if (base != null && result != null) {
          ratio = Stats.round3(Stats.ratio(result.medianEventsPerSecond(), base));
        }
      }
      reports.add(new JobReport(job.name(), job.feed().feedName(), job.detector(), result, paced.get(job.name()),
          baseline, ratio, errors.get(job.name())));
    }
    return reports;
  }

  /** A broker with every planned topic created (the jobs' sinks and the service expect them). */
  private static LocalBroker startBroker(Path dataDir) throws IOException {
    LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir));
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
      return broker;
    } catch (TopicAdmin.BrokerException | RuntimeException e) {
      broker.close();
      throw new IOException("cannot create the topics: " + e.getMessage(), e);
    }
  }

  private AlertService startService(LocalBroker broker, boolean wanted, Path data) throws IOException {
    return wanted ? AlertService.start(jvm, broker.bootstrapServers(), data, "512m") : null;
  }

  /**
   * @param subjects establishments of a reviews load, stations of a water load
   * @param waterOrigin the event time of each station's first reading, for a water load
   */
  private LoadGenerator load(Feed feed, ReviewTexts texts, int subjects, String prefix, long seed, Instant waterOrigin) {
    if (feed == Feed.REVIEWS) {
      return new ReviewLoad(texts, settings.riskyShare(), subjects, prefix, seed);
    }
    if (feed == Feed.WATER) {
      return new WaterLoad(subjects, prefix, seed, waterOrigin);
    }
    throw new IllegalArgumentException("no generated load for feed " + feed.feedName() + " yet");
  }
}
