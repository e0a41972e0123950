package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.train.TrainRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WaterModelFilesTest {
  private static final double[][] ROWS = {{0.5, -1.25, 3}, {0, 2, Double.NaN}};
  private static final boolean[] LABELS = {false, true};
  private static final TrainRequest REQUEST = new TrainRequest(Path.of("data.csv"), Path.of("out"), 42, 0.5, null);
  private static final EventRule RULE = new EventRule(0.2, 1, 15, 0);

  @Test
  void theFitDigestIsTheSameForTheSameRowsAndLabels() {
    double[][] copy = {ROWS[0].clone(), ROWS[1].clone()};
    assertEquals(WaterModelFiles.fitDigest(ROWS, LABELS), WaterModelFiles.fitDigest(copy, LABELS.clone()));
  }

  @Test
  void theFitDigestChangesWithTheLastBitOfOneValueAndWithOneLabel() {
    String digest = WaterModelFiles.fitDigest(ROWS, LABELS);
    double[][] nudged = {ROWS[0].clone(), ROWS[1].clone()};
    nudged[0][1] = Math.nextUp(nudged[0][1]);
    assertNotEquals(digest, WaterModelFiles.fitDigest(nudged, LABELS));
    assertNotEquals(digest, WaterModelFiles.fitDigest(ROWS, new boolean[] {true, true}));
  }

  @Test
  void theVersionFollowsTheFitDigest() {
    String version = WaterModelFiles.version("data", "schema", REQUEST, RULE, "fit-a");
    assertTrue(version.matches("water-quality-\\d{8}-[0-9a-f]{8}"), version);
    assertEquals(hash(version), hash(WaterModelFiles.version("data", "schema", REQUEST, RULE, "fit-a")));
    assertNotEquals(hash(version), hash(WaterModelFiles.version("data", "schema", REQUEST, RULE, "fit-b")));
  }

  /** The part after the training day, which a test running across midnight must not compare. */
  private static String hash(String version) {
    return version.substring(version.lastIndexOf('-') + 1);
  }
}
