package fr.sentinelle.stack.flink;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM memory flags and derived memory settings of a JobManager or TaskManager, computed by
 * Flink's own {@code BashJavaUtils} from config.yaml, exactly as Flink's start scripts do.
 */
record FlinkMemory(List<String> jvmOptions, List<String> dynamicProperties) {
  private static final String RESULT = "BASH_JAVA_UTILS_EXEC_RESULT:";

  static FlinkMemory jobManager(String java, List<String> classpath, Path confDir) throws IOException {
    return compute(java, classpath, confDir, "GET_JM_RESOURCE_PARAMS");
  }

  static FlinkMemory taskManager(String java, List<String> classpath, Path confDir) throws IOException {
    return compute(java, classpath, confDir, "GET_TM_RESOURCE_PARAMS");
  }

  private static FlinkMemory compute(String java, List<String> classpath, Path confDir, String command)
      throws IOException {
    Process process = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath),
        "org.apache.flink.runtime.util.bash.BashJavaUtils", command, "--configDir", confDir.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while computing Flink's memory settings", e);
    }
    List<String> results = output.lines().filter(l -> l.startsWith(RESULT))
        .map(l -> l.substring(RESULT.length()).trim()).toList();
    if (results.size() < 2) {
      throw new IOException("Flink's BashJavaUtils " + command + " gave no memory settings:\n" + output);
    }
    return new FlinkMemory(List.of(results.get(0).split("\\s+")), dynamic(results.get(1)));
  }

  /** "-D a=1 -D b=2" as ["-Da=1", "-Db=2"]. */
  static List<String> dynamic(String text) {
    List<String> properties = new ArrayList<>();
    String[] tokens = text.trim().split("\\s+");
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].equals("-D") && i + 1 < tokens.length) {
        properties.add("-D" + tokens[++i]);
      } else if (tokens[i].startsWith("-D") && tokens[i].length() > 2) {
        properties.add(tokens[i]);
      }
    }
    return properties;
  }
}
