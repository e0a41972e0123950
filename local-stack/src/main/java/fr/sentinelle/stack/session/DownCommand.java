package fr.sentinelle.stack.session;

import fr.sentinelle.stack.flink.FlinkRest;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code stack down}: stops the detector jobs with a savepoint (the next {@code up} resumes from it),
 * then every process in reverse order of start, and checks that no process and no port is left.
 */
@Command(name = "down", mixinStandardHelpOptions = true,
    description = "Stops the jobs with a savepoint, then Prometheus, the alert service, the TaskManagers, the "
        + "JobManager and Kafka; leaves no process and no listening port.")
public final class DownCommand implements Callable<Integer> {
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Duration SAVEPOINT_TIMEOUT = Duration.ofSeconds(60);

  @Mixin StackSettings settings;

  @Override
  public Integer call() throws Exception {
    var read = StackState.read(settings.stateFile());
    if (read.isEmpty()) {
      System.out.println("The stack is not up (no " + settings.stateFile() + "); nothing to stop.");
      return 0;
    }
    StackState state = read.get();
    stopJobs(state);
    List<StackState.Part> reverse = new ArrayList<>(state.parts());
    java.util.Collections.reverse(reverse);
    for (StackState.Part part : reverse) {
      stop(part);
    }
    List<String> left = new ArrayList<>();
    state.parts().stream().filter(p -> p.process().isPresent()).forEach(p -> left.add(p.name() + " (pid " + p.pid() + ")"));
    List<Integer> busy = awaitPortsFree(state.ports());
    if (!left.isEmpty() || !busy.isEmpty()) {
      System.err.println("Still running: " + left + "; ports still in use: " + busy);
      return 1;
    }
    Files.deleteIfExists(settings.stateFile());
    System.out.println("Stack down: no process left, ports " + state.ports() + " free.");
    return 0;
  }

  private void stopJobs(StackState state) throws Exception {
    FlinkRest rest = new FlinkRest(URI.create(state.flinkRest()));
    Map<String, String> savepoints = new HashMap<>(LastSavepoints.read(settings.savepointsFile()));
    for (StackState.Job job : state.jobs()) {
      try {
        String location = rest.stopWithSavepoint(job.jobId(), null, SAVEPOINT_TIMEOUT);
        savepoints.put(job.detector(), location);
        System.out.println("Stopped " + job.detector() + " with savepoint " + location);
      } catch (Exception e) {
        System.out.println("Could not stop " + job.detector() + " with a savepoint (" + e.getMessage() + "); cancelling it.");
        try {
          rest.cancel(job.jobId());
        } catch (Exception cancelFailed) {
          System.out.println("  and cancelling failed too: " + cancelFailed.getMessage());
        }
      }
    }
    LastSavepoints.write(settings.savepointsFile(), savepoints);
  }

  private static void stop(StackState.Part part) {
    Optional<ProcessHandle> process = part.process();
    if (process.isEmpty()) {
      return;
    }
    ProcessHandle handle = process.get();
    handle.destroy();
    try {
      handle.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception stillRunning) {
      handle.destroyForcibly();
      try {
        handle.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        System.err.println("could not stop " + part.name() + " (pid " + part.pid() + ")");
      }
    }
    System.out.println("Stopped " + part.name() + " (pid " + part.pid() + ")");
  }

  private List<Integer> awaitPortsFree(List<Integer> ports) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    List<Integer> busy = PortCheck.busy(settings.host, ports);
    while (!busy.isEmpty() && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      busy = PortCheck.busy(settings.host, ports);
    }
    return busy;
  }
}
