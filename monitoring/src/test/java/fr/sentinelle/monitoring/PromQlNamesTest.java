package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlNamesTest {
  @Test
  void findsTheMetricsButNotFunctionsLabelsOrKeywords() {
    assertEquals(Set.of("sentinelle_events_total"), PromQlNames.of(
        "sum by (department, detector) (rate(sentinelle_events_total{outcome=\"rejected\",detector=~\"$detector\"}[$__rate_interval]))"));
    assertEquals(Set.of("a_total", "b_total"), PromQlNames.of(
        "sum without (x) (a_total) / on (job) group_left (y) clamp_min(b_total offset 1h, 1e-9) > bool 0.5"));
    assertEquals(Set.of("job:flink_pending_records:sum"), PromQlNames.of(
        "job:flink_pending_records:sum > 1000 and delta(job:flink_pending_records:sum[15m]) > 0"));
    assertEquals(Set.of("flink_x"), PromQlNames.of("time() - flink_x / 1000"));
    assertEquals(Set.of(), PromQlNames.of("vector(0)"));
  }

  @Test
  void readsTheMetricOfGrafanaLabelValuesQueries() {
    assertEquals(Set.of("up"), PromQlNames.of("label_values(up, department)"));
    assertEquals(Set.of("sentinelle_events_total"),
        PromQlNames.of("label_values(sentinelle_events_total{department=~\"$department\"}, detector)"));
  }
}
