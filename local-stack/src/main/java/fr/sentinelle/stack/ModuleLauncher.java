package fr.sentinelle.stack;

import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.broker.ModuleJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a module of this project as its own JVM, with the classpath its Maven build wrote
 * ({@link ModuleJvm}), and knows where the stack's other parts are: the job jar, Flink's classpath.
 *
 * <p>Each part of the stack runs in its own process, as it would in production: the Flink job's
 * and the Micronaut service's dependencies never meet on one classpath.
 */
public final class ModuleLauncher {
  private final ModuleJvm jvm;

  ModuleLauncher(Path projectRoot) {
    this.jvm = new ModuleJvm(projectRoot);
  }

  /** Where the project is: -Dsentinelle.home, else the working directory. */
  public static ModuleLauncher fromEnvironment() {
    return new ModuleLauncher(Path.of(System.getProperty("sentinelle.home", ".")));
  }

  public Path projectRoot() {
    return jvm.home();
  }

  /** The Flink session cluster's class path, written by this module's build. */
  public List<String> flinkClasspath() {
    return fr.sentinelle.stack.flink.FlinkClasspath.of(projectRoot().resolve("local-stack").resolve("target"));
  }

  /** The detector jobs' application jar (flink-jobs/target/sentinelle-flink-jobs-*-job.jar). */
  public Path jobJar() {
    Path target = projectRoot().resolve("flink-jobs").resolve("target");
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
    return jvm.start(module, module, mainClass, jvmOptions, args, log);
  }

  public List<String> commonJvmOptions() {
    return jvm.commonOptions();
  }

  public List<String> classpath(String module) {
    return jvm.classpath(module);
  }
}
