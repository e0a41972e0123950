package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.ModuleJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./sentinelle bench}: the pipeline benchmark through the real broker, Flink jobs and alert
 * service; {@code ./sentinelle bench sse}: the SSE fan-out benchmark. Progress goes to stderr, the
 * JSON report is the last line of stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = SseCommand.class,
    description = {"Runs the pass-through baseline and each detector job on the same generated load through a real "
        + "Kafka broker and Flink, and prints one JSON report: throughput at saturation (median of rounds after a "
        + "warm-up), latency at a fixed offered load to the alert topic and to the alert service's SSE stream, CPU "
        + "and heap of each job JVM, and each detector's throughput as a share of the baseline's."})
public final class BenchCli implements Callable<Integer> {
  /** Jobs this command knows, in the order they run (baselines first, so ratios can be computed). */
  static final List<String> KNOWN_JOBS = List.of("pass-through-reviews", "restaurant-hygiene", "pass-through-water",
      "water-quality");

  @Option(names = "--jobs", split = ",", defaultValue = "pass-through-reviews,restaurant-hygiene,pass-through-water,water-quality",
      description = "Jobs to run, comma-separated, among ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = KnownJobs.class)
  List<String> jobs;

  @Option(names = "--phases", split = ",", defaultValue = "throughput,latency",
      description = "Phases to run: throughput, latency (default: ${DEFAULT-VALUE}).")
  List<String> phases;

  // Sized for the default checkpoint interval, warm-up and rounds: the first commit, the warm-up and
  // three 20-s rounds read about two minutes of the backlog at the fastest rates seen.
  @Option(names = "--backlog", defaultValue = "8000000",
      description = "Reviews pre-published for the hygiene job's throughput phase (default: ${DEFAULT-VALUE}).")
  long backlog;

  // The water job reads about twice as fast as the hygiene job, and its state does not grow with
  // the backlog (one entry per station), so its backlog can be larger at no cost in heap.
  @Option(names = "--water-backlog", defaultValue = "20000000",
      description = "Readings pre-published for the water detector's throughput phase (default: ${DEFAULT-VALUE}).")
  long waterBacklog;

  @Option(names = "--baseline-backlog", defaultValue = "30000000",
      description = "Messages pre-published for each pass-through throughput phase (default: ${DEFAULT-VALUE}).")
  long baselineBacklog;

  // The pass-through's rounds still rose for a minute and more after 15 s (127,000, 146,000, 155,000/s
  // in 30-s rounds; 179,000, 209,000, 227,000 in 10-s ones).
  @Option(names = "--warmup", defaultValue = "30", description = "Seconds of the throughput phase left out before the first round (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds of the throughput phase; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  // Offsets are committed at checkpoints (every 10 s by default), so a round's rate is counted
  // between two commits, each seen when its checkpoint completes, a varying time after the offsets
  // it records. 10-s rounds, one checkpoint each, scattered from 146,000 to 207,000/s in one run of
  // the pass-through; longer rounds average that over more checkpoints.
  @Option(names = "--round-seconds", defaultValue = "20", description = "Length of one round (default: ${DEFAULT-VALUE}).")
  int roundSeconds;

  @Option(names = "--rate", defaultValue = "1000", description = "Offered load of the latency phase, messages/s (default: ${DEFAULT-VALUE}).")
  double rate;

  // Four JVMs start together on the machine (broker, job, alert service, harness): at 1,000 messages/s
  // their JIT compilers still took nearly a core after 60 s, and were done by about 200 s.
  @Option(names = "--duration", defaultValue = "240", description = "Seconds of paced load in the latency phase (default: ${DEFAULT-VALUE}).")
  int latencySeconds;

  @Option(names = "--latency-warmup", defaultValue = "180", description = "First seconds of the latency phase left out of the figures (default: ${DEFAULT-VALUE}).")
  int latencyWarmupSeconds;

  @Option(names = "--establishments", defaultValue = "300",
      description = "Establishments of the latency phase's reviews: few, so most risky reviews raise or update an alert (default: ${DEFAULT-VALUE}).")
  int establishments;

  @Option(names = "--stations", defaultValue = "20",
      description = "Water stations of the latency phase; each reads in turn, so each goes through events (default: ${DEFAULT-VALUE}).")
  int stations;

  @Option(names = "--water-model",
      description = "Water-quality model directory (default: one trained at start on the generated signal, in the data directory).")
  Path waterModel;

  @Option(names = "--risky-share", defaultValue = "0.2", description = "Share of reviews reporting food poisoning (default: ${DEFAULT-VALUE}).")
  double riskyShare;

  @Option(names = "--seed", defaultValue = "20261129", description = "Seed of the generated load (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--checkpoint-interval", defaultValue = "10s",
      description = "Every job's checkpoint interval (default: ${DEFAULT-VALUE}, the jobs' own default).")
  String checkpointInterval;

  @Option(names = "--parallelism", defaultValue = "1", description = "Every job's parallelism (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--max-out-of-orderness", defaultValue = "1s", description = "Every job's watermark bound (default: ${DEFAULT-VALUE}).")
  String maxOutOfOrderness;

  // Above the local stack's 1g: nothing in a backlog is older than the risk period, so a detector's
  // state holds every risky review it has read (1.6 million after 8 million reviews, about 1.6 GB).
  @Option(names = "--job-heap", defaultValue = "3g", description = "-Xmx of each job JVM (default: ${DEFAULT-VALUE}).")
  String jobHeap;

  @Option(names = "--data-dir", defaultValue = "var/bench", description = "Broker data and logs; emptied first (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--token", description = "Bearer token for the alert service's stream (default: none).")
  String token;

  @Override
  public Integer call() throws Exception {
    for (String name : jobs) {
      if (!KNOWN_JOBS.contains(name)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "unknown job '" + name + "'; known: " + KNOWN_JOBS);
      }
    }
    DataDirs.empty(dataDir);
    Path model = waterModel;
    if (model == null && jobs.contains("water-quality")) {
      progress("training a water-quality model on the generated signal (no packaged default exists)");
      model = WaterModelFixture.train(dataDir.toAbsolutePath().resolve("water"));
    }
    List<JobSpec> specs = new ArrayList<>();
    for (String name : KNOWN_JOBS) {
      if (jobs.contains(name)) {
        specs.add(spec(name, model));
      }
    }
    BenchSettings settings = new BenchSettings(dataDir.toAbsolutePath(), backlog, waterBacklog, baselineBacklog, warmupSeconds, rounds, roundSeconds,
        rate, latencySeconds, latencyWarmupSeconds, establishments, stations, riskyShare, seed, checkpointInterval, parallelism,
        maxOutOfOrderness, jobHeap);
    PipelineReport report = new PipelineBench(ModuleJvm.fromEnvironment(), settings, BenchCli::progress)
        .run(specs, phases.contains("throughput"), phases.contains("latency"), token);
    System.out.println(ReportJson.of(report));
    return 0;
  }

  static JobSpec spec(String name, Path waterModel) {
    return switch (name) {
      case "pass-through-reviews" -> JobSpec.passThrough(fr.sentinelle.avro.Feed.REVIEWS);
      case "restaurant-hygiene" -> JobSpec.hygiene();
      case "pass-through-water" -> JobSpec.passThrough(fr.sentinelle.avro.Feed.WATER);
      case "water-quality" -> JobSpec.water(waterModel);
      default -> throw new IllegalArgumentException("unknown job " + name);
    };
  }

  static void progress(String line) {
    System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
  }

  static final class KnownJobs extends ArrayList<String> {
    KnownJobs() {
      super(KNOWN_JOBS);
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCli()).execute(args));
  }
}
