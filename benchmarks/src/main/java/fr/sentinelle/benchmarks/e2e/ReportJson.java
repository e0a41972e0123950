package fr.sentinelle.benchmarks.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a report as one line of JSON (the last line on stdout, for scripts). */
public final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  public static String of(Object report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report: " + e.getMessage(), e);
    }
  }

  static ObjectMapper mapper() {
    return JSON;
  }
}
