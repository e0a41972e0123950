package fr.sentinelle.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
  private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.4, 0.2};
  private static final boolean[] LABELS = {true, false, true, true, false, false};

  @Test
  void figuresAtAThreshold() {
    BinaryFigures f = BinaryMetrics.at(SCORES, LABELS, 0.65);
    assertEquals(6, f.n());
    assertEquals(3, f.positives());
    assertEquals(2.0 / 3, f.precision(), 1e-12);
    assertEquals(2.0 / 3, f.recall(), 1e-12);
    assertEquals(2.0 / 3, f.f1(), 1e-12);
  }

  @Test
  void averagePrecisionIsTheMeanPrecisionAtEachPositive() {
    // positives at ranks 1, 3, 4: (1/1 + 2/3 + 3/4) / 3
    assertEquals((1 + 2.0 / 3 + 0.75) / 3, BinaryMetrics.averagePrecision(SCORES, LABELS), 1e-12);
  }

  @Test
  void tiedScoresCountAsOneStep() {
    double[] scores = {0.5, 0.5, 0.1};
    boolean[] labels = {true, false, true};
    // one step with precision 1/2 covering one positive, then 2/3 for the last
    assertEquals((0.5 + 2.0 / 3) / 2, BinaryMetrics.averagePrecision(scores, labels), 1e-12);
  }

  @Test
  void bestThresholdMaximisesF1() {
    // threshold 0.6: tp=3, predicted=4, F1 = 6/7; better than 0.9 (F1 1/2) or 0.2 (F1 2/3)
    assertEquals(0.6, BinaryMetrics.bestF1Threshold(SCORES, LABELS));
    assertEquals(6.0 / 7, BinaryMetrics.at(SCORES, LABELS, 0.6).f1(), 1e-12);
  }

  @Test
  void nothingPredictedPositiveGivesZeroPrecision() {
    BinaryFigures f = BinaryMetrics.at(SCORES, LABELS, 0.95);
    assertEquals(0, f.precision());
    assertEquals(0, f.recall());
    assertEquals(0, f.f1());
  }
}
