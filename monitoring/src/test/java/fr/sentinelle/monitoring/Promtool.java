package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus's promtool (Debian package "prometheus", see install-prometheus.sh) and returns its output. */
final class Promtool {
  static final String INSTALL = "monitoring/install-prometheus.sh";

  record Result(int exitCode, String output) {}

  private Promtool() {}

  /** The promtool on the PATH; fails the test, naming the install script, when there is none. */
  static Path find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail("promtool is not installed: run " + INSTALL + " (as root, it installs Debian's prometheus package)");
  }

  static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(find().toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return fail("promtool did not finish: " + command);
    }
    return new Result(process.exitValue(), output);
  }
}
