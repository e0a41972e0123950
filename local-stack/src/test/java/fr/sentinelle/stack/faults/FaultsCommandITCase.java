package fr.sentinelle.stack.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench --faults} with small sizes, every scenario, on a real stack (broker, Flink session cluster
 * with two TaskManagers, alert service): the JSON report says each scenario passed, with the exact
 * expected alerts seen by the inspector, the exact dead letters of the hostile input, and the restarts
 * each fault must (or must not) cause. Recovery times are reported, never asserted.
 */
class FaultsCommandITCase {
  private static final int ESTABLISHMENTS = 4;
  private static final int UPDATES = 2;
  private static final int HOSTILE = 80;

  @TempDir Path dir;

  @Test
  void everyFaultAndHostileInputEndsWithExactlyTheExpectedAlerts() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new FaultsCommand());
    command.setOut(new PrintWriter(out));
    int exit = command.execute("--establishments", Integer.toString(ESTABLISHMENTS), "--updates",
        Integer.toString(UPDATES), "--hostile", Integer.toString(HOSTILE), "--patience", "150",
        "--data-dir", dir.resolve("stack").toString());
    String[] lines = out.toString().strip().split("\n");
    JsonNode report = new ObjectMapper().readTree(lines[lines.length - 1]);

    assertEquals(List.of("task-manager-kill", "broker-restart", "alert-service-restart",
        "checkpoint-dir-unwritable", "hostile-input"), names(report), report.toPrettyString());
    for (JsonNode scenario : report.path("scenarios")) {
      String name = scenario.path("name").asText();
      assertTrue(scenario.path("passed").asBoolean(), name + ": " + scenario.toPrettyString());
      assertEquals(ESTABLISHMENTS, scenario.path("expectedAlerts").asInt(), name);
      assertEquals(ESTABLISHMENTS, scenario.path("seenAlerts").asInt(), name);
      assertEquals(0, scenario.path("missing").size() + scenario.path("unexpected").size()
          + scenario.path("duplicates").size(), name);
      assertEquals(ESTABLISHMENTS * 3 + UPDATES, scenario.path("reviewsSent").asInt(), name);
    }
    assertEquals(Set.of("inspectorViewComplete", "jobRunningAgain", "taskManagerReplaced"),
        recoveryMilestones(report, "task-manager-kill"));
    assertEquals(1, scenario(report, "task-manager-kill").path("jobRestarts").asInt(), "restarted once");
    assertTrue(recoveryMilestones(report, "broker-restart").containsAll(Set.of("brokerBack", "inspectorViewComplete")));
    assertEquals(Set.of("serviceBack", "inspectorViewComplete"), recoveryMilestones(report, "alert-service-restart"));
    assertEquals(0, scenario(report, "alert-service-restart").path("jobRestarts").asInt(), "the job did not notice");
    assertEquals(Set.of("storageRestored", "checkpointCompletedAgain", "inspectorViewComplete"),
        recoveryMilestones(report, "checkpoint-dir-unwritable"));
    assertTrue(scenario(report, "checkpoint-dir-unwritable").path("checkpointsFailed").asInt()
        >= CheckpointDirUnwritable.FAILURES_TO_SEE);
    assertEquals(0, scenario(report, "checkpoint-dir-unwritable").path("jobRestarts").asInt(), "fewer failures than tolerated");

    JsonNode hostile = scenario(report, "hostile-input");
    assertEquals(HOSTILE, hostile.path("hostileSent").asInt());
    assertEquals(0, hostile.path("jobRestarts").asInt());
    // 8 kinds in turn: 2 undecodable (random bytes, truncated), 1 unknown schema, 4 invalid, 1 too large.
    Map<String, Integer> deadLetters = Map.of("INVALID", 40, "TOO_LARGE", 10, "UNDECODABLE", 20, "UNKNOWN_SCHEMA", 10);
    assertEquals(new ObjectMapper().valueToTree(deadLetters), hostile.path("deadLetters"));
    assertEquals(hostile.path("expectedDeadLetters"), hostile.path("deadLetters"));
    for (String name : List.of("task-manager-kill", "broker-restart", "alert-service-restart", "checkpoint-dir-unwritable")) {
      assertEquals(0, scenario(report, name).path("deadLetters").size(), name + ": no review rejected (late)");
    }

    JsonNode finalView = report.path("finalView");
    assertEquals(5 * ESTABLISHMENTS, finalView.path("expected").asInt());
    assertEquals(5 * ESTABLISHMENTS, finalView.path("seen").asInt(), finalView.toPrettyString());
    assertTrue(report.path("passed").asBoolean());
    assertEquals(0, exit);
  }

  private static List<String> names(JsonNode report) {
    List<String> names = new ArrayList<>();
    report.path("scenarios").forEach(s -> names.add(s.path("name").asText()));
    return names;
  }

  private static JsonNode scenario(JsonNode report, String name) {
    for (JsonNode scenario : report.path("scenarios")) {
      if (scenario.path("name").asText().equals(name)) {
        return scenario;
      }
    }
    throw new AssertionError("no scenario " + name);
  }

  private static Set<String> recoveryMilestones(JsonNode report, String name) {
    Set<String> milestones = new TreeSet<>();
    scenario(report, name).path("recoveryMs").fieldNames().forEachRemaining(milestones::add);
    return milestones;
  }
}
