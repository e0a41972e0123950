package fr.sentinelle.stack.faults;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.stack.flink.FlinkSessionCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The TaskManager running the job dies (killed, no clean shutdown): the JobManager notices the lost
 * heartbeat and restarts the job from its last checkpoint on the other one; a new TaskManager then
 * takes the dead one's place, as a supervisor (systemd, Kubernetes) would start it.
 */
final class TaskManagerKill implements Fault {
  @Override
  public String name() {
    return "task-manager-kill";
  }

  @Override
  public Map<String, Long> inject(FaultStack stack, Runnable publishRest, Instant faultAt) throws Exception {
    JavaProcess busy = stack.cluster().busyTaskManager()
        .orElseThrow(() -> new IllegalStateException("no TaskManager runs the job"));
    Progress.say("killing " + busy.name() + " (pid " + busy.pid() + "), which runs the job");
    busy.kill();
    publishRest.run();
    stack.cluster().addTaskManager();
    String replacement = FlinkSessionCluster.resourceId(stack.cluster().taskManagers().size() - 1);
    Awaitility.await("TaskManager " + replacement + " registered").atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250)).until(() -> registered(stack, replacement));
    return Map.of("taskManagerReplaced", Fault.msSince(faultAt));
  }

  private static boolean registered(FaultStack stack, String resourceId) throws Exception {
    for (JsonNode tm : stack.rest().taskManagers()) {
      if (tm.path("id").asText().equals(resourceId)) {
        return true;
      }
    }
    return false;
  }
}
