package fr.sentinelle.stack.session;

import fr.sentinelle.stack.ModuleLauncher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stack up}: starts every part, writes the state file, and returns while the parts keep
 * running (status and down find them through the state file).
 */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Starts Kafka, a Flink session cluster (JobManager + TaskManagers) with the detector jobs, "
        + "the alert service and Prometheus on this machine, then returns; they keep running until `stack down`.")
public final class UpCommand implements Callable<Integer> {
  /** How the session cluster and its jobs are sized. */
  public static final class JobSettings {
    @Option(names = "--task-managers", description = "TaskManager processes (default: ${DEFAULT-VALUE})")
    public int taskManagers = 1;

    @Option(names = "--slots", description = "task slots per TaskManager (default: ${DEFAULT-VALUE})")
    public int slots = 2;

    @Option(names = "--parallelism", description = "parallelism of each detector job (default: ${DEFAULT-VALUE})")
    public int parallelism = 1;

    @Option(names = "--checkpoint-interval", description = "time between checkpoints of each job (default: ${DEFAULT-VALUE})")
    public String checkpointInterval = "10s";

    @Option(names = "--water-model", description = "water-quality model directory (default: the model in the job jar, trained by the build from simulated stations)")
    public Path waterModel;

    @Option(names = "--job-jar", description = "detector jobs' jar (default: flink-jobs/target/sentinelle-flink-jobs-*-job.jar)")
    public Path jobJar;

    @Option(names = "--fresh", description = "start the jobs from their committed offsets, ignoring the savepoints `down` took")
    public boolean fresh;
  }

  @Mixin StackSettings settings;
  @Mixin JobSettings jobs;

  /** Whether to leave the JVM without running shutdown hooks, so the child processes outlive it. */
  boolean detach = true;

  @Override
  public Integer call() throws Exception {
    var existing = StackState.read(settings.stateFile());
    if (existing.isPresent() && existing.get().anyAlive()) {
      System.err.println("The stack is already up (state in " + settings.stateFile() + "); see `stack status`, "
          + "or stop it with `stack down` first.");
      return 1;
    }
    SessionStack stack = new SessionStack(settings, jobs, ModuleLauncher.fromEnvironment(), System.out);
    List<Integer> busy = PortCheck.busy(settings.host, stack.ports());
    if (!busy.isEmpty()) {
      System.err.println("Port(s) " + busy + " on " + settings.host + " are in use: stop what uses them or choose "
          + "others (--kafka-port, --api-port, --flink-rest-port, --flink-rpc-port, --metrics-port, --prometheus-port).");
      return 1;
    }
    StackState state;
    try {
      state = stack.start();
    } catch (Exception e) {
      System.err.println("stack up failed, everything it started is stopped again: " + e.getMessage());
      return 1;
    }
    state.write(settings.stateFile());
    String targets = Health.awaitTargetsUp(state.prometheusUrl(), Duration.ofSeconds(60));
    System.out.println();
    System.out.println("Sentinelle stack up (state: " + settings.stateFile() + ")");
    System.out.println("  Kafka          " + state.bootstrapServers());
    System.out.println("  Flink web UI   " + state.flinkRest());
    System.out.println("  alert service  " + state.apiUrl() + "/api/alerts");
    System.out.println("  Prometheus     " + state.prometheusUrl() + (targets.isEmpty() ? " (all targets up)" : " (" + targets + ")"));
    System.out.println("  logs           " + settings.dataDir.toAbsolutePath().resolve("flink/log") + ", "
        + settings.dataDir.toAbsolutePath().resolve("logs"));
    System.out.println("Check it with `stack status`; stop it with `stack down`.");
    System.out.flush();
    if (detach) {
      // Shutdown hooks would stop the children (JavaProcess registers one each): leave without them.
      Runtime.getRuntime().halt(0);
    }
    return 0;
  }
}
