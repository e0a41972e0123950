package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StationFeaturesTest {
  private static final long MINUTE = 60_000;
  private final StationFeatures extractor = new StationFeatures(List.of("pH", "Redox"));

  private double[] feed(StationState s, int minutes, Random random, long from) {
    double[] last = null;
    for (int t = 0; t < minutes; t++) {
      last = extractor.update(s, (from + t) * MINUTE, new double[] {8.3 + 0.01 * random.nextGaussian(), 750 + random.nextGaussian()},
          new double[2 * StationFeatures.KINDS.size()]);
    }
    return last;
  }

  @Test
  void aStepInOneParameterIsAManyScaleDeviationAtOnce() {
    StationState s = extractor.newState();
    feed(s, 600, new Random(1), 0);
    double[] d = extractor.update(s, 600 * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()]);
    assertTrue(StationFeatures.z60(d, 0) > 10, "pH z60 " + StationFeatures.z60(d, 0));
    assertTrue(Math.abs(StationFeatures.z60(d, 1)) < 3, "Redox z60 " + StationFeatures.z60(d, 1));
  }

  @Test
  void theDeviationLastsThroughALongEventBecauseTheMeansOnlyCreep() {
    StationState s = extractor.newState();
    feed(s, 600, new Random(2), 0);
    double[] d = null;
    for (int t = 0; t < 60; t++) {
      d = extractor.update(s, (600 + t) * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()]);
    }
    assertTrue(StationFeatures.z60(d, 0) > 5, "pH z60 after an hour of event " + StationFeatures.z60(d, 0));
  }

  @Test
  void duringAnEventTheSlowBaselinesAreHeldForAtMostAnHour() {
    StationState held = extractor.newState();
    StationState free = extractor.newState();
    // Past the first day: during it the scale is the plain mean of every deviation, held or not.
    feed(held, 1500, new Random(7), 0);
    feed(free, 1500, new Random(7), 0);
    double hourMean = StationFeatures.hourMean(held, 0);
    double scale = held.scales[0];
    double[] withHold = null;
    double[] without = null;
    for (int t = 0; t < 60; t++) {
      withHold = extractor.update(held, (1500 + t) * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()], true);
      without = extractor.update(free, (1500 + t) * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()], false);
    }
    assertEquals(hourMean, StationFeatures.hourMean(held, 0), 0, "hour mean held for the first hour");
    assertEquals(scale, held.scales[0], 0, "scale held");
    assertEquals(1500 * MINUTE, held.holdingSince);
    assertTrue(StationFeatures.z60(withHold, 0) > StationFeatures.z60(without, 0) + 1,
        "held " + StationFeatures.z60(withHold, 0) + " vs creeping " + StationFeatures.z60(without, 0));

    extractor.update(held, 1560 * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()], true);
    assertTrue(StationFeatures.hourMean(held, 0) > hourMean, "past the bound a lasting level is absorbed again");
    extractor.update(held, 1561 * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()], false);
    assertEquals(Long.MIN_VALUE, held.holdingSince, "the hold ends with the event");
  }

  @Test
  void duringItsFirstDayAStationsBaselinesAreNotHeld() {
    StationState s = extractor.newState();
    feed(s, 300, new Random(7), 0);
    double hourMean = StationFeatures.hourMean(s, 0);
    extractor.update(s, 300 * MINUTE, new double[] {8.5, 750}, new double[2 * StationFeatures.KINDS.size()], true);
    assertTrue(StationFeatures.hourMean(s, 0) > hourMean, "a baseline still being learnt keeps learning");
  }

  @Test
  void aMissingValueIsNaNAndLeavesTheStateAsItWas() {
    StationState s = extractor.newState();
    feed(s, 100, new Random(3), 0);
    double[] meansBefore = s.means.clone();
    double[] d = extractor.update(s, 100 * MINUTE, new double[] {Double.NaN, 750}, new double[2 * StationFeatures.KINDS.size()]);
    assertTrue(Double.isNaN(d[0]) && Double.isNaN(d[4]));
    assertArrayEquals(java.util.Arrays.copyOfRange(meansBefore, 0, 4), java.util.Arrays.copyOfRange(s.means, 0, 4));
    assertEquals(Math.log1p(1), extractor.features(d)[extractor.size() - 1], 1e-12, "missing.count (log scale)");
  }

  @Test
  void aSensorBackAfterAnOutageAtAnotherLevelIsNotAJump() {
    StationState s = extractor.newState();
    feed(s, 300, new Random(4), 0);
    double[] d = extractor.update(s, (300 + 120) * MINUTE, new double[] {8.6, 750}, new double[2 * StationFeatures.KINDS.size()]);
    assertEquals(0, StationFeatures.z60(d, 0), 1e-9);
  }

  @Test
  void featuresOfAReadingDependOnlyOnThePast() {
    StationState a = extractor.newState();
    StationState b = extractor.newState();
    double[] first = feed(a, 200, new Random(5), 0);
    double[] same = feed(b, 200, new Random(5), 0);
    feed(b, 50, new Random(6), 200);
    assertArrayEquals(first, same);
    assertEquals(extractor.names().size(), extractor.size());
    assertEquals(extractor.size(), extractor.features(first).length);
  }

  @Test
  void stateStaysAFewHundredBytes() {
    StationState s = new StationFeatures(List.copyOf(WaterParameters.GECCO_COLUMNS.values())).newState();
    assertEquals(8 + 8 + 9 * (8 + 8 + 4 * 8 + 8 + 4), s.payloadBytes());
  }
}
