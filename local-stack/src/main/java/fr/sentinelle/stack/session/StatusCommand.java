package fr.sentinelle.stack.session;

import fr.sentinelle.stack.flink.FlinkRest;
import fr.sentinelle.stack.flink.FlinkSessionCluster;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stack status}: what runs, where, and whether each part is healthy; exit 0 only if all are. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Prints each part of the stack (pid, address) and whether it is healthy; exits 0 only if all are.")
public final class StatusCommand implements Callable<Integer> {
  @Mixin StackSettings settings;

  @Override
  public Integer call() throws Exception {
    var read = StackState.read(settings.stateFile());
    if (read.isEmpty()) {
      System.out.println("The stack is not up (no " + settings.stateFile() + ").");
      return 3;
    }
    StackState state = read.get();
    FlinkRest rest = new FlinkRest(URI.create(state.flinkRest()));
    boolean healthy = true;
    System.out.printf("%-22s %-8s %-48s %s%n", "PART", "PID", "ADDRESS", "HEALTH");
    for (StackState.Part part : state.parts()) {
      String problem = part.process().isEmpty() ? "process not running" : check(part, state, rest);
      healthy &= problem.isEmpty();
      System.out.printf("%-22s %-8d %-48s %s%n", part.name(), part.pid(), part.address(),
          problem.isEmpty() ? "healthy" : "UNHEALTHY: " + problem);
    }
    for (StackState.Job job : state.jobs()) {
      String problem = Health.job(rest, job.jobId());
      healthy &= problem.isEmpty();
      System.out.printf("%-22s %-8s %-48s %s%n", "job " + job.detector(), "-", job.jobId(),
          problem.isEmpty() ? "healthy (RUNNING)" : "UNHEALTHY: " + problem);
    }
    System.out.println(healthy ? "All parts healthy." : "Some parts are unhealthy; logs are under " + settings.dataDir);
    return healthy ? 0 : 1;
  }

  private static String check(StackState.Part part, StackState state, FlinkRest rest) {
    String name = part.name();
    if (name.equals("kafka-broker")) {
      return Health.broker(state.bootstrapServers());
    }
    if (name.equals("flink-jobmanager")) {
      return Health.jobManager(rest, state.taskManagers());
    }
    if (name.startsWith("flink-taskmanager-")) {
      int index = Integer.parseInt(name.substring("flink-taskmanager-".length()));
      return Health.taskManager(rest, FlinkSessionCluster.resourceId(index));
    }
    if (name.equals("alert-api")) {
      return Health.alertService(state.apiUrl());
    }
    if (name.equals("prometheus")) {
      return Health.prometheus(state.prometheusUrl());
    }
    return "";
  }
}
