package fr.sentinelle.api.http;

import java.util.HashMap;
import java.util.Map;

/** Reads sample lines of the Prometheus text format: {@code name{labels} value} → value. */
final class PrometheusText {
  private PrometheusText() {}

  static Map<String, Double> samples(String text) {
    Map<String, Double> samples = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int split = line.lastIndexOf(' ');
      samples.put(line.substring(0, split), Double.parseDouble(line.substring(split + 1)));
    }
    return samples;
  }
}
