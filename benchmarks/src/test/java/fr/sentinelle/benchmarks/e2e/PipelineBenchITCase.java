package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.broker.ModuleJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness at a tiny scale through the real broker, both jobs in their own JVMs and the
 * alert service: the report has every part, and the load went through (no figure is asserted).
 */
class PipelineBenchITCase {
  @TempDir
  Path dataDir;

  @Test
  void baselineAndHygieneRunThroughTheRealStackAndReportEveryFigure() throws Exception {
    BenchSettings settings = new BenchSettings(dataDir, 3000, 3000, 3000, 1, 1, 2, 100, 6, 1, 20, 10, 0.3, 5, "1s", 1, "1s", "512m");
    List<String> progress = new ArrayList<>();
    PipelineReport report = new PipelineBench(ModuleJvm.fromEnvironment(), settings, progress::add)
        .run(List.of(JobSpec.passThrough(fr.sentinelle.avro.Feed.REVIEWS), JobSpec.hygiene()), true, true, null);

    assertEquals(List.of("pass-through-reviews", "restaurant-hygiene"), report.jobs().stream().map(JobReport::name).toList());
    // Both throughput phases ran on a broker with no alert service, before any latency phase; the
    // service started with the latency phases' own broker.
    List<String> brokers = progress.stream().filter(line -> line.startsWith("broker on ")).toList();
    assertEquals(2, brokers.size(), progress.toString());
    assertTrue(brokers.get(0).endsWith(" for the throughput phases"), brokers.get(0));
    assertTrue(brokers.get(1).contains(" for the latency phases, alert service at http://"), brokers.get(1));
    int lastBacklog = lastIndexWith(progress, ": backlog of ");
    int firstPaced = progress.indexOf(brokers.get(1));
    assertTrue(lastBacklog >= 0 && lastBacklog < firstPaced, progress.toString());
    JobReport baseline = report.jobs().get(0);
    JobReport hygiene = report.jobs().get(1);
    for (JobReport job : report.jobs()) {
      assertNull(job.error(), job.name() + " failed");
      ThroughputResult throughput = job.throughput();
      assertTrue(throughput.note() != null || throughput.medianEventsPerSecond() > 0, job.name() + ": " + throughput);
      if (throughput.note() == null) {
        assertTrue(throughput.usage().cpuCores() > 0, job.name() + " used no CPU: " + throughput.usage());
      }
      assertTrue(job.latency().usage().cpuCores() > 0, job.name() + " used no CPU: " + job.latency().usage());
      assertEquals(600, job.latency().published());
      assertEquals(100, job.latency().warmupExcluded());
      assertEquals(0, job.latency().duplicates(), job.name() + " repeated outputs");
    }
    // Every review came out of the baseline exactly once, and every one after the warm-up was timed.
    assertEquals(600, baseline.latency().delivered());
    assertEquals(500, baseline.latency().toTopic().count());
    assertNull(baseline.latency().toSse());
    // The broker stamped both topics' records on append, so the timed outputs are split into hops (the
    // few whose feed acknowledgement reached the harness after their output are left out of the split).
    LatencyHops.HopSummary hops = baseline.latency().toTopicHops();
    assertTrue(hops.count() > 400 && hops.count() <= 500, "split: " + hops);
    assertTrue(hops.inJob().p50Ms() >= 0 && hops.toFeed().p50Ms() >= 0 && hops.toReader().p50Ms() >= 0, hops.toString());
    assertEquals(hops.count() / 100, hops.tailCount(), "the slowest 1 %");
    assertNull(baseline.baseline());
    // Hygiene: 20 establishments and 30 % risky reviews, so most risky reviews raise or update an alert,
    // and each alert reaches the inspector's live stream too.
    assertTrue(hygiene.latency().delivered() > 50, "alerts: " + hygiene.latency().delivered());
    assertEquals(hygiene.latency().delivered(), hygiene.latency().sseDelivered());
    assertEquals(0, hygiene.latency().sseDuplicates());
    assertNotNull(hygiene.latency().toSse());
    assertEquals("pass-through-reviews", hygiene.baseline());

    JsonNode json = ReportJson.mapper().readTree(ReportJson.of(report));
    assertEquals("sentinelle-pipeline", json.path("benchmark").asText());
    assertTrue(json.path("jobs").get(1).path("latency").path("toTopic").has("p999Ms"));
  }

  private static int lastIndexWith(List<String> lines, String part) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}
