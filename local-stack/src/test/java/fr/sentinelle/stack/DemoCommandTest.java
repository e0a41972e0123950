package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @Test
  void aSensorCsvIsPublishedWithItsStationAndDepartment() {
    assertEquals(List.of("publish", "--feed", "water", "--file", "gecco.csv.gz", "--rate", "500",
            "--bootstrap-servers", "127.0.0.1:9092", "--station", "S1", "--department", "35"),
        DemoCommand.waterFileArgs(Path.of("gecco.csv.gz"), "S1", "35", 500, "127.0.0.1:9092"));
  }

  @Test
  void jsonLinesNeedNoStation() {
    assertEquals(List.of("publish", "--feed", "water", "--file", "readings.jsonl", "--rate", "2000",
            "--bootstrap-servers", "127.0.0.1:9092"),
        DemoCommand.waterFileArgs(Path.of("readings.jsonl"), null, null, 2000, "127.0.0.1:9092"));
  }

  @Test
  void aStationWithoutAWaterFileIsAUsageErrorBeforeAnythingStarts() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DemoCommand()).setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("--station", "S1", "--data-dir", "/nonexistent/sentinelle-demo"));
    assertTrue(err.toString().contains("--station and --department go with --water-file"), err.toString());
  }

  @Test
  void aMissingWaterFileOrModelIsAUsageErrorBeforeAnythingStarts(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DemoCommand()).setErr(new PrintWriter(err));
    Path data = dir.resolve("demo");
    assertEquals(2, cli.execute("--water-file", dir.resolve("none.csv").toString(), "--data-dir", data.toString()));
    assertEquals(2, cli.execute("--water-model", dir.resolve("no-model").toString(), "--data-dir", data.toString()));
    assertTrue(err.toString().contains("none.csv: no such file"), err.toString());
    assertTrue(err.toString().contains("no-model: no such directory"), err.toString());
    assertFalse(Files.exists(data), "nothing was started");
  }

  @Test
  void theWaterJobGetsTheModelDirectoryWhenOneIsGiven() {
    Path checkpoints = Path.of("/tmp/checkpoints-water");
    assertEquals(List.of("--bootstrap-servers", "b:9092", "--checkpoint-dir", checkpoints.toUri().toString()),
        LocalStack.waterJobArgs("b:9092", checkpoints, null));
    assertEquals(List.of("--bootstrap-servers", "b:9092", "--checkpoint-dir", checkpoints.toUri().toString(),
            "--model", Path.of("/models/gecco").toAbsolutePath().toString()),
        LocalStack.waterJobArgs("b:9092", checkpoints, Path.of("/models/gecco")));
  }
}
