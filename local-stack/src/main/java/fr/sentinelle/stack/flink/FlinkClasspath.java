package fr.sentinelle.stack.flink;

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
 * The class path of the session cluster's JVMs: Flink's runtime, web UI, clients, Prometheus reporter
 * and Log4j, as Maven resolved them for this module (target/flink-classpath*.txt), like a Flink
 * distribution's lib/. Nothing of Kafka or Avro: jobs bring those in their own jar.
 */
public final class FlinkClasspath {
  static final List<String> FILES = List.of("flink-classpath.txt", "flink-classpath-shared.txt");

  private FlinkClasspath() {}

  /** @param moduleTarget local-stack/target, where the build wrote the lists */
  public static List<String> of(Path moduleTarget) {
    List<String> entries = new ArrayList<>();
    for (String name : FILES) {
      Path file = moduleTarget.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(file + " is missing: build the project first (./sentinelle build)");
      }
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!text.isEmpty()) {
          entries.addAll(Arrays.asList(text.split(File.pathSeparator)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(entries);
  }
}
