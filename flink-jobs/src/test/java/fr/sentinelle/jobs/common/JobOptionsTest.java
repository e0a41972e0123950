package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class JobOptionsTest {
  @Command
  static final class Job {
    @Mixin
    JobOptions options;
  }

  private static JobOptions parse(String... args) {
    Job job = new Job();
    new CommandLine(job).parseArgs(args);
    return job.options;
  }

  @Test
  void noMetricsEndpointAndPlaintextKafkaByDefault() {
    JobOptions options = parse();
    assertNull(options.metricsPort);
    assertEquals("127.0.0.1", options.metricsHost);
    assertTrue(options.kafkaClientProperties().isEmpty());
  }

  @Test
  void readsTheMetricsPortAndTheKafkaClientSettings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kafka.properties");
    Files.writeString(file, "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n");
    JobOptions options = parse("--metrics-port", "9249", "--kafka-properties", file.toString());
    assertEquals(9249, options.metricsPort);
    Properties kafka = options.kafkaClientProperties();
    assertEquals("SASL_SSL", kafka.getProperty("security.protocol"));
    assertEquals("SCRAM-SHA-512", kafka.getProperty("sasl.mechanism"));
    assertEquals(2, kafka.size());
  }

  @Test
  void aMissingKafkaPropertiesFileIsAClearError(@TempDir Path dir) {
    JobOptions options = parse("--kafka-properties", dir.resolve("absent.properties").toString());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, options::kafkaClientProperties);
    assertTrue(e.getMessage().startsWith("cannot read the Kafka properties file "), e.getMessage());
  }
}
