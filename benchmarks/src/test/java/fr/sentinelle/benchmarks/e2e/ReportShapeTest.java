package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportShapeTest {
  @Test
  void thePipelineReportIsOneLineOfJsonWithEveryFigureNamed() throws Exception {
    LatencySummary latency = new LatencySummary(100, 1.5, 9.0, 12.0, 12.5, 2.0);
    JvmUsage usage = new JvmUsage(0.9, 300, 200, 512, 10);
    ThroughputResult throughput = new ThroughputResult(1000, List.of(10.0, 30.0, 20.0), 20.0, 10, usage, null);
    List<LatencySummary> windows = List.of(new LatencySummary(30, 1.0, 8.0, 8.0, 8.0, 1.5), latency,
        new LatencySummary(40, 1.0, 30.0, 31.0, 31.0, 2.5));
    LatencyResult paced = new LatencyResult(1000, 40000, 10000, 7000, 0, latency, latency, 7000, 0, usage,
        windows, windows, new LatencyHops.HopSummary(100, new LatencyHops.HopSummary.Hop(1, 3),
            new LatencyHops.HopSummary.Hop(4, 7), new LatencyHops.HopSummary.Hop(0, 2), 1, 2.0, 6.0, 1.0));
    BenchSettings settings = new BenchSettings(Path.of("/tmp/b"), 1000, 2000, 5000, 15, 3, 10, 1000, 40, 10, 300, 20, 0.2, 1, "1s", 1,
        "1s", "1g");
    PipelineReport report = new PipelineReport(PipelineReport.NAME, "a", "b", new MachineInfo(2, "jvm", List.of(1.0)),
        new MachineInfo(2, "jvm", List.of()), settings,
        List.of(new JobReport("restaurant-hygiene", "reviews", true, throughput, paced, "pass-through-reviews", 0.5, null)),
        List.of());
    String json = ReportJson.of(report);
    assertFalse(json.contains("\n"));
    JsonNode job = ReportJson.mapper().readTree(json).path("jobs").get(0);
    assertEquals(20.0, job.path("throughput").path("medianEventsPerSecond").asDouble());
    assertEquals(9.0, job.path("latency").path("toTopic").path("p99Ms").asDouble());
    assertEquals(12.0, job.path("latency").path("toSse").path("p999Ms").asDouble());
    assertEquals(30.0, job.path("latency").path("toTopicWindows").get(2).path("p99Ms").asDouble());
    assertEquals(9.0, job.path("latency").path("toTopicMedianP99Ms").asDouble());
    assertEquals(9.0, job.path("latency").path("toSseMedianP99Ms").asDouble());
    assertEquals(7, job.path("latency").path("toTopicHops").path("inJob").path("p99Ms").asLong());
    assertEquals(6.0, job.path("latency").path("toTopicHops").path("tailInJobMeanMs").asDouble());
    assertEquals(0.9, job.path("throughput").path("usage").path("cpuCores").asDouble());
    assertEquals(0.5, job.path("throughputRatioToBaseline").asDouble());
    assertEquals("sentinelle-pipeline", ReportJson.mapper().readTree(json).path("benchmark").asText());
  }
}
