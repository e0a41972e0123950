package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What Grafana's provisioning needs of each dashboard, and the department and detector (or job) variables. */
class DashboardShapeTest {
  @Test
  void everyDashboardIsProvisionableAndFilteredByDepartment() {
    Set<String> uids = new HashSet<>();
    for (Path file : MonitoringFiles.dashboards()) {
      JsonNode dashboard = MonitoringFiles.json(file);
      assertTrue(uids.add(dashboard.path("uid").asText()), file + ": uid repeated");
      List<String> variables = new ArrayList<>();
      dashboard.path("templating").path("list").forEach(v -> variables.add(v.path("name").asText()));
      assertTrue(variables.contains("datasource") && variables.contains("department"), file + ": " + variables);
      assertTrue(variables.contains("detector") || variables.contains("job"), file + ": " + variables);
      Set<Integer> ids = new HashSet<>();
      for (JsonNode panel : dashboard.path("panels")) {
        assertTrue(ids.add(panel.path("id").asInt()), file + ": panel id repeated");
        assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), file + " " + panel.path("title"));
        assertTrue(panel.path("targets").size() > 0, file + " " + panel.path("title") + " has no query");
        for (JsonNode target : panel.path("targets")) {
          assertTrue(target.path("expr").asText().contains("$department"),
              file + " " + panel.path("title") + ": not filtered by department");
        }
      }
    }
  }
}
