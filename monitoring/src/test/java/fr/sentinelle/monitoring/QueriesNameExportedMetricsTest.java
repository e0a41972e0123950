package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.monitoring.MonitoringFiles.Query;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every dashboard and rule query reads only metrics the code exports (or the recording rules define). */
class QueriesNameExportedMetricsTest {
  private static final Map<String, String> KNOWN = MetricCatalog.known();

  @Test
  void theCatalogHoldsTheConventionalNames() {
    for (String name : List.of("sentinelle_events_total", "sentinelle_alerts_total", "sentinelle_model_info",
        "sentinelle_scoring_duration_seconds", "sentinelle_scoring_duration_seconds_count",
        "sentinelle_alerts_received_total", "flink_jobmanager_job_numRestarts", "jvm_memory_used_bytes")) {
      assertTrue(KNOWN.containsKey(name), name + " missing from " + KNOWN.keySet());
    }
  }

  @Test
  void dashboardQueriesNameKnownMetrics() {
    List<Path> dashboards = MonitoringFiles.dashboards();
    assertEquals(List.of("alert-service.json", "detector.json", "flink.json", "overview.json"),
        dashboards.stream().map(p -> p.getFileName().toString()).toList());
    List<Query> queries = new ArrayList<>();
    dashboards.forEach(d -> queries.addAll(MonitoringFiles.dashboardQueries(d)));
    assertUnknownNames(queries);
  }

  @Test
  void ruleQueriesNameKnownMetrics() {
    List<Query> queries = new ArrayList<>();
    MonitoringFiles.ruleFiles().forEach(r -> queries.addAll(MonitoringFiles.ruleQueries(r)));
    assertEquals(18, queries.size(), "recording and alerting rules: " + queries);
    assertUnknownNames(queries);
  }

  private static void assertUnknownNames(List<Query> queries) {
    List<String> unknown = new ArrayList<>();
    for (Query query : queries) {
      Set<String> names = PromQlNames.of(query.expr());
      assertFalse(names.isEmpty(), query + " reads no metric");
      names.stream().filter(n -> !KNOWN.containsKey(n)).forEach(n -> unknown.add(query.where() + ": " + n));
    }
    assertEquals(List.of(), unknown, "queries naming metrics nothing exports");
  }
}
