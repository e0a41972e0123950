package fr.sentinelle.stack.flink;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.broker.JavaProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A real Flink session cluster on one machine: a JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code TaskManagerRunner}), each its
 * own JVM with only Flink's jars on its class path, sharing one generated config.yaml.
 */
public final class FlinkSessionCluster implements AutoCloseable {
  static final String JOB_MANAGER_MAIN = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASK_MANAGER_MAIN = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  /** The --add-opens/--add-exports of a Flink distribution's env.java.default-opts.all, for Java 17. */
  static final List<String> JAVA_17_OPENS = List.of(
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED", "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.text=ALL-UNNAMED", "--add-opens=java.base/java.time=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  private final FlinkClusterOptions options;
  private final List<String> classpath;
  private final List<String> commonJvmOptions;
  private final Path confDir;
  private final Path logDir;
  private JavaProcess jobManager;
  private final List<JavaProcess> taskManagers = new ArrayList<>();
  private FlinkMemory taskManagerMemory;

  private FlinkSessionCluster(FlinkClusterOptions options, List<String> classpath, List<String> commonJvmOptions) {
    this.options = options;
    this.classpath = classpath;
    this.commonJvmOptions = commonJvmOptions;
    Path dir = options.dir().toAbsolutePath();
    this.confDir = dir.resolve("conf");
    this.logDir = dir.resolve("log");
  }

  /**
   * Starts the JobManager and the TaskManagers and returns once the REST API reports every
   * TaskManager registered; stops what started on failure.
   *
   * @param classpath Flink's jars ({@link FlinkClasspath})
   * @param commonJvmOptions flags every JVM of the stack gets (conf/jvm.options)
   */
  public static FlinkSessionCluster start(FlinkClusterOptions options, List<String> classpath,
      List<String> commonJvmOptions) throws IOException {
    FlinkSessionCluster cluster = new FlinkSessionCluster(options, classpath, commonJvmOptions);
    try {
      cluster.startAll();
      return cluster;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startAll() throws IOException {
    Files.createDirectories(logDir);
    Files.createDirectories(options.checkpoints());
    Files.createDirectories(options.savepoints());
    FlinkConfig.write(options, confDir);
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    FlinkMemory jm = FlinkMemory.jobManager(java, classpath, confDir);
    taskManagerMemory = FlinkMemory.taskManager(java, classpath, confDir);
    jobManager = launch("flink-jobmanager", JOB_MANAGER_MAIN, jm, List.of());
    for (int i = 0; i < options.taskManagers(); i++) {
      addTaskManager();
    }
    awaitTaskManagers(options.taskManagers(), START_TIMEOUT);
  }

  /** Starts one more TaskManager (index = how many were started before). */
  public JavaProcess addTaskManager() throws IOException {
    int index = taskManagers.size();
    JavaProcess tm = launch("flink-taskmanager-" + index, TASK_MANAGER_MAIN, taskManagerMemory, List.of(
        "-Dtaskmanager.resource-id=" + resourceId(index),
        "-D" + FlinkConfig.REPORTER_PORT_KEY + "=" + options.taskManagerMetricsPort(index)));
    taskManagers.add(tm);
    return tm;
  }

  public static String resourceId(int index) {
    return "sentinelle-tm-" + index;
  }

  private JavaProcess launch(String name, String main, FlinkMemory memory, List<String> extraProperties)
      throws IOException {
    List<String> jvm = new ArrayList<>(commonJvmOptions);
    jvm.addAll(memory.jvmOptions());
    jvm.addAll(JAVA_17_OPENS);
    jvm.add("-Dlog.file=" + logDir.resolve(name + ".log"));
    jvm.add("-Dlog4j.configurationFile=" + confDir.resolve("log4j2.properties").toUri());
    List<String> args = new ArrayList<>(List.of("--configDir", confDir.toString()));
    args.addAll(memory.dynamicProperties());
    args.addAll(extraProperties);
    return JavaProcess.start(name, classpath, jvm, main, args, logDir.resolve(name + ".out"));
  }

  /** Waits until the JobManager's REST API counts {@code expected} registered TaskManagers. */
  public void awaitTaskManagers(int expected, Duration timeout) throws IOException {
    FlinkRest rest = rest();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!jobManager.isAlive()) {
        throw new IOException("the Flink JobManager exited during start; see " + jobManager.log()
            + " and " + logDir.resolve("flink-jobmanager.log"));
      }
      try {
        if (rest.overview().path("taskmanagers").asInt() >= expected) {
          return;
        }
      } catch (IOException notYet) {
        // REST endpoint not up yet
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException("Flink did not report " + expected + " TaskManagers within " + timeout.toSeconds()
            + " s; see the logs in " + logDir);
      }
      LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }
  }

  public URI restUri() {
    return URI.create("http://" + options.host() + ":" + options.restPort());
  }

  public FlinkRest rest() {
    return new FlinkRest(restUri());
  }

  public FlinkClusterOptions options() {
    return options;
  }

  public JavaProcess jobManager() {
    return jobManager;
  }

  public List<JavaProcess> taskManagers() {
    return List.copyOf(taskManagers);
  }

  /**
   * The live TaskManager whose slots are all taken, e.g. the one running a parallelism-1 job when each
   * has one slot; empty when none is full.
   */
  public Optional<JavaProcess> busyTaskManager() throws IOException {
    for (JsonNode tm : rest().taskManagers()) {
      if (tm.path("freeSlots").asInt() == 0) {
        for (int i = 0; i < taskManagers.size(); i++) {
          if (tm.path("id").asText().equals(resourceId(i)) && taskManagers.get(i).isAlive()) {
            return Optional.of(taskManagers.get(i));
          }
        }
      }
    }
    return Optional.empty();
  }

  public Path logDir() {
    return logDir;
  }

  /** Stops the TaskManagers, then the JobManager. */
  @Override
  public void close() {
    for (int i = taskManagers.size() - 1; i >= 0; i--) {
      taskManagers.get(i).close();
    }
    if (jobManager != null) {
      jobManager.close();
    }
  }
}
