package fr.sentinelle.connectors.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One record read from a file: its first line number and either its value (a JSON object whose
 * leaves are text for CSV, typed for JSON Lines) or why it could not be read.
 */
public record Row(long line, JsonNode value, List<String> errors) {
  public static Row of(long line, JsonNode value) {
    return new Row(line, value, List.of());
  }

  public static Row unreadable(long line, String error) {
    return new Row(line, null, List.of(error));
  }

  public boolean readable() {
    return errors.isEmpty();
  }
}
