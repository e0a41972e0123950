package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stack up}, {@code status} and {@code down} as an operator runs them, each its own process:
 * up returns with everything running, status finds every part healthy, a second up refuses, down
 * leaves no process and no port behind.
 */
class StackCommandsITCase {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void upThenStatusHealthyThenDownLeavesNothingBehind() throws Exception {
    int[] ports = Ports.free(7);
    List<String> where = List.of("--data-dir", dir.resolve("stack").toString(), "--kafka-port", Integer.toString(ports[0]),
        "--api-port", Integer.toString(ports[1]), "--flink-rest-port", Integer.toString(ports[2]),
        "--flink-rpc-port", Integer.toString(ports[3]), "--prometheus-port", Integer.toString(ports[4]),
        "--metrics-port", Integer.toString(ports[5]));
    Path state = dir.resolve("stack").resolve("stack.json");
    try {
      Result up = stack("up", where);
      assertEquals(0, up.exit, up.output);
      assertTrue(up.output.contains("(all targets up)"), up.output);

      Result status = stack("status", where);
      assertEquals(0, status.exit, status.output);
      for (String part : List.of("kafka-broker", "flink-jobmanager", "flink-taskmanager-0", "alert-api", "prometheus",
          "job restaurant-hygiene", "job water-quality")) {
        assertTrue(status.output.lines().anyMatch(l -> l.startsWith(part) && l.contains("healthy")
            && !l.contains("UNHEALTHY")), part + " healthy in:\n" + status.output);
      }

      Result again = stack("up", where);
      assertEquals(1, again.exit, again.output);
      assertTrue(again.output.contains("already up"), again.output);
    } finally {
      List<Long> pids = new ArrayList<>();
      List<Integer> listened = new ArrayList<>();
      if (Files.exists(state)) {
        JsonNode recorded = JSON.readTree(state.toFile());
        recorded.path("parts").forEach(p -> pids.add(p.path("pid").asLong()));
        recorded.path("ports").forEach(p -> listened.add(p.asInt()));
      }
      Result down = stack("down", where);
      assertEquals(0, down.exit, down.output);
      assertEquals(5, pids.size(), "broker, JobManager, TaskManager, alert service, Prometheus: " + pids);
      assertTrue(pids.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
          "no process left: " + pids);
      assertTrue(listened.stream().allMatch(p -> Ports.allFree(p, 1)), "no port left: " + listened);
      assertFalse(Files.exists(state));
      assertEquals(3, stack("status", where).exit, "status says the stack is not up");
    }
  }

  private record Result(int exit, String output) {}

  /** Runs {@code StackCli stack <command>} as its own JVM, as ./sentinelle does. */
  private Result stack(String command, List<String> options) throws IOException, InterruptedException {
    ModuleLauncher launcher = ModuleLauncher.fromEnvironment();
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(launcher.commonJvmOptions());
    cmd.add("-Dsentinelle.home=" + launcher.projectRoot());
    cmd.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, launcher.classpath("local-stack")),
        StackCli.class.getName(), "stack", command));
    cmd.addAll(options);
    Path out = dir.resolve(command + "-" + System.nanoTime() + ".out");
    Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(6, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("stack " + command + " did not return: " + Files.readString(out));
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }
}
