package fr.sentinelle.connectors.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fixed-seed fuzz run of the publish command for every feed: good lines interleaved with hostile ones
 * (deep nesting, invalid UTF-8, huge strings and numbers, random bytes, truncation, wrong shapes, duplicate
 * keys, far-future times). Every hostile line must be rejected with a reason and every good one kept.
 */
class PublishFuzzTest {
  private static final String EVENT = "2026-11-19T18:30:00Z";
  /** One valid JSON line per feed; the hostile lines are made from it. */
  private static final Map<String, String> VALID = Map.of(
      "reviews", "{\"reviewId\":\"r-1\",\"establishmentId\":\"est-1\",\"establishmentName\":\"Chez Paul\","
          + "\"department\":\"75\",\"location\":{\"latitude\":48.86,\"longitude\":2.33},\"platform\":\"google\","
          + "\"text\":\"Très bon accueil.\",\"rating\":4.5,\"eventTime\":\"" + EVENT + "\"}",
      "water", "{\"stationId\":\"st-1\",\"department\":\"2A\",\"eventTime\":\"" + EVENT + "\","
          + "\"measurements\":[{\"parameter\":\"chlorine\",\"value\":0.3,\"unit\":\"mg/L\"}]}",
      "scenes", "{\"tileId\":\"t-1\",\"zoneId\":\"z-1\",\"department\":\"971\",\"bbox\":{\"minX\":650000.0,"
          + "\"minY\":6860000.0,\"maxX\":651000.0,\"maxY\":6861000.0},\"crs\":\"EPSG:2154\",\"acquisitionTime\":\""
          + EVENT + "\",\"sensor\":\"sentinel-2\",\"bands\":[\"B04\"],\"width\":512,\"height\":512,"
          + "\"imageUri\":\"s3://tiles/t-1.tif\"}",
      "calls", "{\"callId\":\"c-1\",\"turn\":0,\"speaker\":\"CALLER\",\"text\":\"Bonjour, je n'ai pas reçu ma paie.\","
          + "\"eventTime\":\"" + EVENT + "\"}",
      "letters", "{\"letterId\":\"l-1\",\"siteId\":\"s-1\",\"sector\":\"REP\",\"department\":\"59\","
          + "\"inspectionDate\":\"2026-10-02\",\"text\":\"Monsieur le directeur, ...\",\"eventTime\":\"" + EVENT + "\"}",
      "medical", "{\"reportId\":\"m-1\",\"patientPseudoId\":\"p-1\",\"stayId\":\"s-1\",\"service\":\"chirurgie\","
          + "\"reportType\":\"lettre-de-sortie\",\"text\":\"Suites opératoires simples.\",\"eventTime\":\"" + EVENT + "\"}");
  private static final int LINES = 120;
  private static final int HOSTILE_KINDS = 9;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"reviews", "water", "scenes", "calls", "letters", "medical"})
  void everyHostileLineIsRejectedWithAReasonAndEveryGoodLineKept(String feed) throws Exception {
    Random random = new Random(feed.hashCode());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    int good = 0;
    for (int i = 0; i < LINES; i++) {
      // Every fourth line is good; the others cycle through the hostile kinds.
      byte[] line = i % 4 == 0 ? VALID.get(feed).getBytes(StandardCharsets.UTF_8) : hostile(feed, i, random);
      good += i % 4 == 0 ? 1 : 0;
      file.write(line);
      file.write('\n');
    }
    Path input = dir.resolve(feed + ".jsonl");
    Files.write(input, file.toByteArray());
    Path rejects = dir.resolve(feed + "-rejects.jsonl");

    CliRun run = CliRun.of("publish", "--feed", feed, "--file", input.toString(), "--dry-run",
        "--rejects", rejects.toString());

    int bad = LINES - good;
    assertEquals(feed + ": read " + LINES + ", valid " + good + " (dry run, nothing published), rejected " + bad + "\n",
        run.out(), run.err());
    assertEquals(ConnectorsCli.SOME_REJECTED, run.exitCode());
    List<String> written = Files.readAllLines(rejects);
    assertEquals(bad, written.size());
    ObjectMapper json = new ObjectMapper();
    for (String reject : written) {
      JsonNode node = json.readTree(reject);
      assertFalse(node.get("reasons").isEmpty(), reject);
      assertEquals(1, node.get("line").asInt() % 4 == 1 ? 0 : 1, "a good line was rejected: " + reject);
    }
  }

  private static byte[] hostile(String feed, int i, Random random) {
    String valid = VALID.get(feed);
    return switch (i % HOSTILE_KINDS) {
      case 0 -> ("{\"a\":".repeat(40 + random.nextInt(10_000)) + "1" + "}".repeat(3)).getBytes(StandardCharsets.UTF_8);
      case 1 -> { // a Latin-1 é inside an otherwise valid line
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length + 1];
        int at = 1 + random.nextInt(bytes.length - 2);
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) 0xE9;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        yield out;
      }
      case 2 -> valid.replaceFirst("\\{", "{\"huge\":\"" + "x".repeat(2_000_001) + "\",").getBytes(StandardCharsets.UTF_8);
      case 3 -> {
        byte[] bytes = new byte[50 + random.nextInt(500)];
        for (int b = 0; b < bytes.length; b++) {
          bytes[b] = (byte) (0x21 + random.nextInt(0xFF - 0x21)); // no newline, no blank line
        }
        yield bytes;
      }
      case 4 -> valid.substring(0, 1 + random.nextInt(valid.length() - 2)).getBytes(StandardCharsets.UTF_8);
      case 5 -> ("[" + valid + "," + valid + "]").getBytes(StandardCharsets.UTF_8);
      case 6 -> valid.replaceFirst("\\{", "{\"n\":" + "9".repeat(101 + random.nextInt(1_000)) + ",")
          .getBytes(StandardCharsets.UTF_8);
      case 7 -> valid.replace("}", ",\"department\":\"75\",\"department\":\"13\"}").getBytes(StandardCharsets.UTF_8);
      default -> valid.replace(EVENT, "2099-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8);
    };
  }
}
