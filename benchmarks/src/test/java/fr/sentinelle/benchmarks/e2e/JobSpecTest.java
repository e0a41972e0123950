package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How an alert on the inspector's stream is matched to the published record it answers. */
class JobSpecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode alert(String status, String recordId) throws Exception {
    return JSON.readTree("{\"status\":\"" + status + "\",\"source\":{\"topic\":\"t\",\"partition\":3,\"offset\":42,"
        + "\"recordId\":\"" + recordId + "\"}}");
  }

  @Test
  void aHygieneAlertAnswersTheReviewItNames() throws Exception {
    assertEquals("l-17", JobSpec.hygiene().streamSourceIdOf().apply(alert("UPDATED", "l-17")));
    assertNull(JobSpec.hygiene().streamSourceIdOf().apply(JSON.readTree("{\"status\":\"OPEN\"}")));
  }

  @Test
  void aWaterAlertAnswersTheReadingThatOpenedItsEventOnlyWhenItOpens() throws Exception {
    JobSpec water = JobSpec.water(Path.of("model"));
    // The alert names its station, not a reading: the reading is found by where it was on the feed.
    assertEquals(Deliveries.position(3, 42), water.streamSourceIdOf().apply(alert("OPEN", "l-s2")));
    assertNull(water.streamSourceIdOf().apply(alert("CLOSED", "l-s2")));
  }
}
