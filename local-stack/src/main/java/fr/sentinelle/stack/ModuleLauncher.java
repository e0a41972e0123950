package fr.sentinelle.stack;

import fr.sentinelle.broker.JavaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts a module of this project as its own JVM, with the classpath its Maven build wrote.
 *
 * <p>Each part of the stack runs in its own process, as it would in production: the Flink job's
 * and the Micronaut service's dependencies never meet on one classpath.
 */
public final class ModuleLauncher {
  /** Flags every JVM of the stack gets, kept in one file that the ./sentinelle launcher reads too. */
  static final String JVM_OPTIONS_FILE = "conf/jvm.options";

  private final Path projectRoot;

  ModuleLauncher(Path projectRoot) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
  }

  /** Where the project is: -Dsentinelle.home, else the working directory. */
  public static ModuleLauncher fromEnvironment() {
    return new ModuleLauncher(Path.of(System.getProperty("sentinelle.home", ".")));
  }

  public Path projectRoot() {
    return projectRoot;
  }

  /** The Flink session cluster's class path, written by this module's build. */
  public List<String> flinkClasspath() {
    return fr.sentinelle.stack.flink.FlinkClasspath.of(projectRoot.resolve("local-stack").resolve("target"));
  }

  /** The detector jobs' application jar (flink-jobs/target/sentinelle-flink-jobs-*-job.jar). */
  public Path jobJar() {
    Path target = projectRoot.resolve("flink-jobs").resolve("target");
    try (var jars = Files.list(target)) {
      return jars.filter(p -> p.getFileName().toString().matches("sentinelle-flink-jobs-.*-job\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no job jar in " + target + ": build the project first (./sentinelle build)"));
    } catch (IOException e) {
      throw new IllegalStateException("no job jar in " + target + ": build the project first (./sentinelle build)", e);
    }
  }

  public JavaProcess start(String module, String mainClass, List<String> jvmOptions, List<String> args,
      Path log) throws IOException {
    List<String> jvm = new ArrayList<>(commonJvmOptions());
    jvm.addAll(jvmOptions);
    Files.createDirectories(log.getParent());
    return JavaProcess.start(module, classpath(module), jvm, mainClass, args, log);
  }

  public List<String> commonJvmOptions() {
    try {
      return Files.readAllLines(projectRoot.resolve(JVM_OPTIONS_FILE), StandardCharsets.UTF_8).stream()
          .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + JVM_OPTIONS_FILE + " under " + projectRoot, e);
    }
  }

  public List<String> classpath(String module) {
    Path target = projectRoot.resolve(module).resolve("target");
    Path file = target.resolve("classpath.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: build the project first (./sentinelle build)");
    }
    try {
      List<String> entries = new ArrayList<>();
      entries.add(target.resolve("classes").toString());
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (!text.isEmpty()) {
        entries.addAll(Arrays.asList(text.split(java.io.File.pathSeparator)));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
