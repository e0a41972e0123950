package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.monitoring.MonitoringFiles.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promtool accepts the scrape config, the rules and every dashboard query, and the rules' unit tests pass. */
class PromtoolChecksTest {
  @Test
  void scrapeConfigAndItsRuleFilesAreValid() throws Exception {
    Promtool.Result result = Promtool.run("check", "config", MonitoringFiles.PROMETHEUS_CONFIG.toString());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("2 rule files found"), result.output());
  }

  @Test
  void rulesAreValid() throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "rules"));
    MonitoringFiles.ruleFiles().forEach(f -> args.add(f.toString()));
    Promtool.Result result = Promtool.run(args.toArray(String[]::new));
    assertEquals(0, result.exitCode(), result.output());
  }

  /** Each alerting rule fires on the series it is for (prometheus/tests/*.yml, run by promtool test rules). */
  @Test
  void alertingRulesFireWhenTheyShould() throws Exception {
    for (Path tests : MonitoringFiles.ruleTestFiles()) {
      Promtool.Result result = Promtool.run("test", "rules", tests.toString());
      assertEquals(0, result.exitCode(), result.output());
    }
  }

  /** Grafana's variables replaced by values, every dashboard query parses as PromQL (as a recording rule). */
  @Test
  void dashboardQueriesAreValidPromQl(@TempDir Path dir) throws Exception {
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
    int n = 0;
    for (Path dashboard : MonitoringFiles.dashboards()) {
      for (Query query : MonitoringFiles.dashboardQueries(dashboard)) {
        if (query.expr().startsWith("label_values(")) {
          continue;
        }
        String expr = query.expr().replace("$__rate_interval", "5m").replace("$department", ".*")
            .replace("$detector", ".*").replace("$job", ".*");
        rules.append("      - record: dashboard:query_").append(n++).append(":check\n")
            .append("        expr: '").append(expr.replace("'", "''")).append("'\n");
      }
    }
    Path file = dir.resolve("dashboards.yml");
    Files.writeString(file, rules);
    Promtool.Result result = Promtool.run("check", "rules", file.toString());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("SUCCESS: " + n + " rules found"), result.output());
  }
}
