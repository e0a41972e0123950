package fr.sentinelle.broker;

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
 * Starts a module's main class in its own JVM exactly as {@code ./sentinelle} does:
 * {@code <module>/target/classes} plus the classpath the module's build wrote
 * ({@code target/classpath.txt}), and the flags of {@code conf/jvm.options}. The local stack, the
 * demo and the benchmarks start every part this way, so a job's and the Micronaut service's
 * dependencies never meet on one classpath. It lives beside {@link JavaProcess}, low in the
 * reactor, so all of them can use it.
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

  public Path home() {
    return home;
  }

  /** The flags every JVM of the project gets, from {@code conf/jvm.options} (the launcher reads it too). */
  public List<String> commonOptions() {
    try {
      return Files.readAllLines(home.resolve("conf/jvm.options"), StandardCharsets.UTF_8).stream()
          .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf/jvm.options under " + home, e);
    }
  }

  /** {@code <module>/target/classes} and the module's runtime classpath, as its build wrote it. */
  public List<String> classpath(String module) {
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
