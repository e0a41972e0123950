package fr.sentinelle.stack.session;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The savepoint each detector job was stopped with by {@code stack down}, which the next {@code up} resumes from. */
final class LastSavepoints {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LastSavepoints() {}

  static Map<String, String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() {});
  }

  static void write(Path file, Map<String, String> savepoints) throws IOException {
    Files.createDirectories(file.getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), new TreeMap<>(savepoints));
  }
}
