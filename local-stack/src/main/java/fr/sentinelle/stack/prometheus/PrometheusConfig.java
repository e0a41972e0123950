package fr.sentinelle.stack.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The stack's Prometheus configuration: monitoring/prometheus/prometheus.yml (scrape jobs, relabelling,
 * rules) with the targets replaced by the ports the stack actually uses, and the rules read from monitoring/.
 */
public final class PrometheusConfig {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private PrometheusConfig() {}

  /**
   * @param template monitoring/prometheus/prometheus.yml
   * @param targets scrape job name (prometheus, alert-api, flink) → host:port targets
   * @param rulesDir monitoring/prometheus/rules
   */
  public static String generate(Path template, Map<String, List<String>> targets, Path rulesDir) throws IOException {
    ObjectNode config = (ObjectNode) YAML.readTree(template.toFile());
    ArrayNode rules = config.putArray("rule_files");
    rules.add(rulesDir.toAbsolutePath().resolve("*.yml").toString());
    for (JsonNode job : config.path("scrape_configs")) {
      List<String> wanted = targets.get(job.path("job_name").asText());
      if (wanted == null) {
        continue;
      }
      JsonNode staticConfigs = job.path("static_configs");
      if (!staticConfigs.isArray() || staticConfigs.isEmpty()) {
        throw new IOException(template + ": scrape job " + job.path("job_name") + " has no static_configs");
      }
      ArrayNode list = ((ObjectNode) staticConfigs.get(0)).putArray("targets");
      wanted.forEach(list::add);
    }
    return YAML.writeValueAsString(config);
  }
}
