package fr.sentinelle.broker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process, its output sent to a log file: a JVM running one main class ({@link #start}),
 * or another program of the stack such as Prometheus ({@link #run}).
 *
 * <p>Closing it asks for a clean shutdown (SIGTERM), then forces it after a grace period, so a
 * stopped stack leaves no process and no busy port behind. A JVM shutdown hook closes it too,
 * for when the parent is interrupted (Ctrl-C).
 */
public final class JavaProcess implements AutoCloseable {
  private static final long GRACE_SECONDS = 30;

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread shutdownHook;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.shutdownHook = new Thread(this::stop, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts {@code mainClass} with the given classpath entries, JVM options and arguments. */
  public static JavaProcess start(String name, List<String> classpath, List<String> jvmOptions,
      String mainClass, List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath));
    command.add(mainClass);
    command.addAll(args);
    return run(name, command, log);
  }

  /** Starts {@code command} (program and arguments), its output and errors appended to {@code log}. */
  public static JavaProcess run(String name, List<String> command, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new JavaProcess(name, builder.start(), log);
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** Waits for the process to end by itself; false if it still runs after {@code timeout}. */
  public boolean awaitExit(java.time.Duration timeout) {
    return waitForExit(timeout.toSeconds());
  }

  /** Kills the process without a clean shutdown, as a crash would. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(GRACE_SECONDS);
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!waitForExit(GRACE_SECONDS)) {
      process.destroyForcibly();
      waitForExit(GRACE_SECONDS);
    }
  }

  private boolean waitForExit(long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run: nothing left to remove
    }
  }
}
