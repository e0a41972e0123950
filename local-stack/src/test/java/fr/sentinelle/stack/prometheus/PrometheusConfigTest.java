package fr.sentinelle.stack.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stack's Prometheus configuration is monitoring/'s, with the stack's own ports and monitoring/'s rules. */
class PrometheusConfigTest {
  private static final Path MONITORING = Path.of(System.getProperty("sentinelle.home", ".."), "monitoring", "prometheus");

  @Test
  void targetsAreTheStacksPortsAndEverythingElseIsKept() throws Exception {
    String yaml = PrometheusConfig.generate(MONITORING.resolve("prometheus.yml"), Map.of(
        "prometheus", List.of("127.0.0.1:19090"), "alert-api", List.of("127.0.0.1:18080"),
        "flink", List.of("127.0.0.1:19249", "127.0.0.1:19250")), MONITORING.resolve("rules"));
    JsonNode generated = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    JsonNode original = new ObjectMapper(new YAMLFactory()).readTree(MONITORING.resolve("prometheus.yml").toFile());

    assertEquals(List.of("127.0.0.1:19090"), targets(generated, "prometheus"));
    assertEquals(List.of("127.0.0.1:18080"), targets(generated, "alert-api"));
    assertEquals(List.of("127.0.0.1:19249", "127.0.0.1:19250"), targets(generated, "flink"));
    assertEquals(MONITORING.toAbsolutePath().resolve("rules").resolve("*.yml").toString(),
        generated.path("rule_files").get(0).asText());
    assertEquals(original.path("global"), generated.path("global"));
    assertEquals(job(original, "flink").path("metric_relabel_configs"), job(generated, "flink").path("metric_relabel_configs"),
        "the relabelling to sentinelle_* names is kept");
    assertTrue(job(generated, "flink").path("static_configs").get(0).path("labels").has("department"));
  }

  private static List<String> targets(JsonNode config, String job) {
    List<String> targets = new ArrayList<>();
    job(config, job).path("static_configs").get(0).path("targets").forEach(t -> targets.add(t.asText()));
    return targets;
  }

  private static JsonNode job(JsonNode config, String name) {
    for (JsonNode job : config.path("scrape_configs")) {
      if (job.path("job_name").asText().equals(name)) {
        return job;
      }
    }
    throw new AssertionError("no scrape job " + name);
  }
}
