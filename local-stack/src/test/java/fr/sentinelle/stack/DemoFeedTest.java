package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void shiftsTheWholeFeedSoItsLastReviewIsNowAndKeepsEventTimeOrder() throws Exception {
    Instant now = Instant.parse("2027-03-15T10:00:00Z");
    Path out = dir.resolve("feed.jsonl");

    int count = DemoFeed.writeShifted(now, out);

    List<Instant> times = Files.readAllLines(out).stream()
        .map(line -> Instant.parse(read(line).get("eventTime").asText())).toList();
    assertEquals(150, count);
    assertEquals(150, times.size());
    assertEquals(now, times.get(times.size() - 1));
    for (int i = 1; i < times.size(); i++) {
      assertTrue(!times.get(i).isBefore(times.get(i - 1)), "line " + (i + 1) + " is out of order");
    }
  }

  @Test
  void describesAStreamedAlertOnOneLineForTheTerminal() {
    String line = AlertTicker.describe("{\"severity\":\"HIGH\",\"department\":\"75\","
        + "\"subject\":{\"id\":\"e-1\"},\"title\":\"3 avis : Chez Lulu\",\"score\":0.934,"
        + "\"modelVersion\":\"m-1\"}");
    assertEquals("ALERTE HIGH     dép. 75  3 avis : Chez Lulu (score 0.93, m-1)", line);
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
