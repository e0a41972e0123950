package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.jobs.metrics.ExportedMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local stack's scrape config: loopback targets only, and the same rename of Flink's names as the code. */
class ScrapeConfigTest {
  private static final JsonNode CONFIG = MonitoringFiles.yaml(MonitoringFiles.PROMETHEUS_CONFIG);

  @Test
  void scrapesTheAlertServiceAndFlinkOnLoopbackWithADepartment() {
    List<String> jobs = new ArrayList<>();
    for (JsonNode job : CONFIG.path("scrape_configs")) {
      jobs.add(job.path("job_name").asText());
      for (JsonNode group : job.path("static_configs")) {
        assertTrue(group.path("labels").hasNonNull("department"), job.path("job_name") + ": no department label");
        group.path("targets").forEach(t -> assertTrue(t.asText().startsWith("127.0.0.1:"), t.asText()));
      }
    }
    assertEquals(List.of("prometheus", "alert-api", "flink"), jobs);
  }

  @Test
  void renamesFlinkExportedSentinelleMetricsLikeTheCode() {
    JsonNode flink = null;
    for (JsonNode job : CONFIG.path("scrape_configs")) {
      if (job.path("job_name").asText().equals("flink")) {
        flink = job;
      }
    }
    JsonNode rename = flink.path("metric_relabel_configs").get(0);
    assertEquals(ExportedMetrics.RENAME_REGEX, rename.path("regex").asText());
    assertEquals("__name__", rename.path("target_label").asText());
    assertEquals("$1", rename.path("replacement").asText());
    assertEquals("sentinelle_events_total", ExportedMetrics.storedName(ExportedMetrics.EVENTS));
    assertEquals("sentinelle_scoring_duration_seconds_count",
        ExportedMetrics.storedName(ExportedMetrics.SCORING_DURATION_COUNT));
    assertEquals(ExportedMetrics.RESTARTS, ExportedMetrics.storedName(ExportedMetrics.RESTARTS));
  }
}
