package fr.sentinelle.models.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.sentinelle.models.data.LabelledCsvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the real command line in-process: train on the seed corpus, evaluate on a fixture. */
class ModelsCliTest {
  @TempDir
  static Path tmp;
  static Path model;

  record Run(int exitCode, String out, String err) {
    String lastLine() {
      List<String> lines = out.lines().toList();
      return lines.get(lines.size() - 1);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ModelsCli.commandLine(Detectors.all());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(ModelsCliTest.class.getResource(name).toURI());
  }

  @BeforeAll
  static void train() throws URISyntaxException {
    model = tmp.resolve("model");
    Run train = run("train", "--detector", "restaurant-hygiene", "--data",
        resource("/seed/restaurant-hygiene/reviews.csv").toString(), "--out", model.toString(), "--seed", "3");
    assertEquals(0, train.exitCode(), train.err());
  }

  @Test
  void evaluatePrintsOneJsonObjectAsItsLastLine() throws Exception {
    Path data = resource("/fixtures/reviews-small.csv");
    Run evaluate = run("evaluate", "--detector", "restaurant-hygiene", "--model", model.toString(), "--data", data.toString());
    assertEquals(0, evaluate.exitCode(), evaluate.err());
    JsonNode json = new ObjectMapper().readTree(evaluate.lastLine());
    for (String key : List.of("detector", "n", "precision", "recall", "f1", "aupr", "threshold", "model_version", "data_sha256")) {
      assertTrue(json.has(key), key);
    }
    assertEquals("restaurant-hygiene", json.get("detector").asText());
    assertEquals(6, json.get("n").asInt());
    assertEquals(3, json.get("positives").asInt());
    assertEquals(LabelledCsvReader.sha256(Files.readAllBytes(data)), json.get("data_sha256").asText());
  }

  @Test
  void unsupportedDetectorSaysWhichAreSupported() throws Exception {
    Run run = run("train", "--detector", "no-such-detector", "--data", resource("/fixtures/reviews-small.csv").toString(),
        "--out", tmp.resolve("none").toString());
    assertEquals(2, run.exitCode());
    String expected = "error: detector 'no-such-detector' is not yet supported; supported: "
        + String.join(", ", Detectors.all().supported());
    assertEquals(expected, run.err().strip());
    assertTrue(expected.contains("restaurant-hygiene"));
  }

  @Test
  void badDataIsAOneLineErrorWithoutStackTrace() throws Exception {
    Path data = resource("/fixtures/missing-columns.csv");
    Run run = run("evaluate", "--detector", "restaurant-hygiene", "--model", model.toString(), "--data", data.toString());
    assertEquals(2, run.exitCode());
    assertEquals("error: " + data + ": missing column(s) review_text, is_foodborne (found: review_date, text, label)",
        run.err().strip());
  }

  @Test
  void missingModelDirectoryIsAClearError() throws IOException, URISyntaxException {
    Path empty = Files.createDirectories(tmp.resolve("not-a-model"));
    Run run = run("evaluate", "--detector", "restaurant-hygiene", "--model", empty.toString(), "--data",
        resource("/fixtures/reviews-small.csv").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not a model directory"), run.err());
  }
}
