package fr.sentinelle.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The module's checked-in files (tests run with the module directory as working directory), and their queries. */
final class MonitoringFiles {
  static final Path PROMETHEUS_CONFIG = Path.of("prometheus", "prometheus.yml");
  static final Path RULES = Path.of("prometheus", "rules");
  static final Path RULE_TESTS = Path.of("prometheus", "tests");
  static final Path DASHBOARDS = Path.of("grafana", "dashboards");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One PromQL expression and where it was found, for failure messages. */
  record Query(String where, String expr) {}

  private MonitoringFiles() {}

  static List<Path> dashboards() {
    return list(DASHBOARDS, ".json");
  }

  static List<Path> ruleFiles() {
    return list(RULES, ".yml");
  }

  static List<Path> ruleTestFiles() {
    return list(RULE_TESTS, ".yml");
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not valid JSON", e);
    }
  }

  static JsonNode yaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not valid YAML", e);
    }
  }

  /** Every panel target's expression and every query variable's query of a dashboard. */
  static List<Query> dashboardQueries(Path dashboard) {
    JsonNode root = json(dashboard);
    List<Query> queries = new ArrayList<>();
    for (JsonNode panel : root.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        queries.add(new Query(dashboard.getFileName() + " panel \"" + panel.path("title").asText() + "\"",
            target.path("expr").asText()));
      }
    }
    for (JsonNode variable : root.path("templating").path("list")) {
      if ("query".equals(variable.path("type").asText())) {
        queries.add(new Query(dashboard.getFileName() + " variable " + variable.path("name").asText(),
            variable.path("query").path("query").asText()));
      }
    }
    return queries;
  }

  /** Every recording and alerting rule's expression. */
  static List<Query> ruleQueries(Path rules) {
    List<Query> queries = new ArrayList<>();
    for (JsonNode group : yaml(rules).path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        String name = rule.has("record") ? rule.path("record").asText() : rule.path("alert").asText();
        queries.add(new Query(rules.getFileName() + " rule " + name, rule.path("expr").asText()));
      }
    }
    return queries;
  }

  /** The series names the recording rules define. */
  static List<String> recordedNames() {
    List<String> names = new ArrayList<>();
    for (Path rules : ruleFiles()) {
      for (JsonNode group : yaml(rules).path("groups")) {
        for (JsonNode rule : group.path("rules")) {
          if (rule.has("record")) {
            names.add(rule.path("record").asText());
          }
        }
      }
    }
    return names;
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
