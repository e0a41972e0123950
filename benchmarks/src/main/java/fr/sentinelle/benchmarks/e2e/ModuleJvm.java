package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.JavaProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts a module's main class in its own JVM exactly as {@code ./sentinelle} and the local stack
 * do: {@code <module>/target/classes} plus the classpath the module's build wrote, and the flags of
 * {@code conf/jvm.options}. (The local stack's launcher is not public API, so these few lines are
 * repeated here rather than shared.)
 */
public final class ModuleJvm {
  private final Path home;

  public ModuleJvm(Path home) {
    this.home = home.toAbsolutePath().normalize();
  }

  /** The project: -Dsentinelle.home, else the working directory. */
  public static ModuleJvm fromEnvironment() {
    return new ModuleJvm(Path.of(System.getProperty("sentinelle.home", ".")));
  }

  public JavaProcess start(String name, String module, String mainClass, List<String> jvmOptions, List<String> args,
      Path log) throws IOException {
    List<String> jvm = new ArrayList<>(commonOptions());
    jvm.addAll(jvmOptions);
    Files.createDirectories(log.getParent());
    return JavaProcess.start(name, classpath(module), jvm, mainClass, args, log);
  }

  List<String> commonOptions() {
    try {
      return Files.readAllLines(home.resolve("conf/jvm.options"), StandardCharsets.UTF_8).stream()
          .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf/jvm.options under " + home, e);
    }
  }

  List<String> classpath(String module) {
    Path target = home.resolve(module).resolve("target");
    Path file = target.resolve("classpath.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: build the project first (./sentinelle build)");
    }
    try {
      List<String> entries = new ArrayList<>();
      entries.add(target.resolve("classes").toString());
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (!text.isEmpty()) {
        entries.addAll(Arrays.asList(text.split(File.pathSeparator)));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
