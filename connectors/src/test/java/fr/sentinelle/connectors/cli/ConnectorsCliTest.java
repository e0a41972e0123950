package fr.sentinelle.connectors.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorsCliTest {
  @Test
  void topicsPlanPrintsEveryTopic() {
    CliRun run = CliRun.of("topics", "plan");
    assertEquals(0, run.exitCode());
    List<String> lines = run.out().lines().toList();
    assertEquals("sentinelle.feed.reviews          partitions=6 retention=7d      cleanup=delete         "
        + "timestamps=CreateTime    feed of the restaurant-hygiene detector, keyed by establishmentId", lines.get(0));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("sentinelle.alerts ")
        && line.contains("timestamps=LogAppendTime ")), run.out());
    assertEquals("sentinelle.feedback              partitions=1 retention=forever cleanup=delete         "
        + "timestamps=CreateTime    inspectors' verdicts on alerts, for retraining", lines.get(lines.size() - 1));
    assertEquals(10, lines.size());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, CliRun.of("publish", "--feed", "reviews").exitCode());
    assertEquals(2, CliRun.of("topics").exitCode());
    assertEquals(2, CliRun.of("publish", "--feed", "reviews", "--file", "a.csv", "--format", "xml").exitCode());
    CliRun rate = CliRun.of("publish", "--feed", "reviews", "--file", "a.csv", "--rate", "0", "--dry-run");
    assertEquals(List.of("error: --rate must be positive, got 0.0"), rate.errLines());
  }

  @Test
  void helpListsExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("1   some records were rejected"), run.out());
  }

  @Test
  void brokerUnreachableExitsThree() {
    // Port 1 on loopback refuses connections at once; the admin client gives up after its timeout.
    CliRun run = CliRun.of("topics", "create", "--bootstrap-servers", "127.0.0.1:1", "--timeout", "2");
    assertEquals(3, run.exitCode());
    assertEquals(List.of("error: no answer from Kafka at 127.0.0.1:1 within 2 s: is the broker running?"), run.errLines());
  }
}
