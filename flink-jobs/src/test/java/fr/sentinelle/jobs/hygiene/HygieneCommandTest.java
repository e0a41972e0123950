package fr.sentinelle.jobs.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.jobs.common.JobOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HygieneCommandTest {
  @Test
  void defaultsMatchTheDocumentedOnes() {
    HygieneCommand command = new HygieneCommand();
    new CommandLine(command).parseArgs();
    assertEquals("127.0.0.1:9092", command.job.bootstrapServers);
    assertEquals(JobOptions.StartingOffsets.committed, command.job.startingOffsets);
    assertEquals(Duration.ofSeconds(10), command.job.checkpointInterval);
    assertEquals(Duration.ofHours(1), command.job.maxOutOfOrderness);
    assertEquals("sentinelle-restaurant-hygiene", command.job.groupIdOr(HygieneJob.DETECTOR));
    assertEquals("default", command.model);
    assertEquals("sentinelle.feed.reviews", command.feedTopic);
    assertEquals(Duration.ofDays(30), command.riskPeriod);
    assertEquals(3, command.minRiskyReviews);
    assertNull(command.riskThreshold);
  }

  @Test
  void optionsAreRead() {
    HygieneCommand command = new HygieneCommand();
    new CommandLine(command).parseArgs("--bootstrap-servers", "10.0.0.1:9093", "--starting-offsets", "earliest",
        "--risk-period", "7d", "--min-risky-reviews", "2", "--risk-threshold", "0.6", "--model", "/models/h1",
        "--checkpoint-dir", "file:///tmp/ck", "--parallelism", "2");
    assertEquals("10.0.0.1:9093", command.job.bootstrapServers);
    assertEquals(JobOptions.StartingOffsets.earliest, command.job.startingOffsets);
    assertEquals(Duration.ofDays(7), command.riskPeriod);
    assertEquals(2, command.minRiskyReviews);
    assertEquals(0.6, command.riskThreshold);
    assertEquals("/models/h1", ModelRef.parse(command.model).directory());
    assertEquals("file:///tmp/ck", command.job.checkpointDir);
    assertEquals(2, command.job.parallelism);
  }

  @Test
  void aBadOptionIsAUsageErrorNotAStackTrace() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new HygieneCommand()).setErr(new PrintWriter(err))
        .execute("--min-risky-reviews", "many");
    assertNotEquals(0, code);
    assertTrue(err.toString().startsWith("Invalid value for option '--min-risky-reviews': 'many' is not an int"),
        err.toString());
  }
}
