package fr.sentinelle.stack.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session cluster's configuration binds every endpoint to the chosen host and keeps state under the data directory. */
class FlinkConfigTest {
  @TempDir Path dir;

  @Test
  void everyEndpointOnTheHostAndStateUnderTheDataDirectory() throws Exception {
    FlinkClusterOptions options = new FlinkClusterOptions(dir, "127.0.0.1", 18081, 16123, 2, 2, 19249);
    Map<String, String> c = FlinkConfig.entries(options);
    for (String key : List.of("jobmanager.rpc.address", "jobmanager.bind-host", "taskmanager.host",
        "taskmanager.bind-host", "rest.address", "rest.bind-address", "metrics.reporter.prom.host")) {
      assertEquals("127.0.0.1", c.get(key), key);
    }
    assertEquals("18081", c.get("rest.port"));
    assertEquals(dir.resolve("checkpoints").toUri().toString(), c.get("execution.checkpointing.dir"));
    assertEquals(dir.resolve("savepoints").toUri().toString(), c.get("execution.checkpointing.savepoint-dir"));
    assertEquals("fr.sentinelle.jobs.metrics.LoopbackPrometheusReporterFactory", c.get("metrics.reporter.prom.factory.class"));
    assertEquals(19251, options.taskManagerMetricsPort(1), "TaskManager i reports on metricsPort + 1 + i");

    FlinkConfig.write(options, dir.resolve("conf"));
    String yaml = Files.readString(dir.resolve("conf").resolve("config.yaml"));
    assertTrue(yaml.contains("restart-strategy.fixed-delay.delay: \"2 s\""), yaml);
    assertTrue(Files.readString(dir.resolve("conf").resolve("log4j2.properties")).contains("${sys:log.file}"));
  }

  @Test
  void memorySettingsOfFlinksScriptsBecomeDynamicProperties() {
    assertEquals(List.of("-Dtaskmanager.memory.network.min=134217730b", "-Dtaskmanager.cpu.cores=2.0"),
        FlinkMemory.dynamic("-D taskmanager.memory.network.min=134217730b -D taskmanager.cpu.cores=2.0"));
  }
}
