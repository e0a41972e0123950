package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossResidualsTest {
  private static final int P = 3;
  private static final int D = StationFeatures.KINDS.size();

  /** Deviations where parameter 1 always moves with parameter 0 (a flow change), parameter 2 alone. */
  private static double[] deviations(double common, double own0, double own1, double alone) {
    double[] d = new double[P * D];
    for (int kind = 0; kind < D; kind++) {
      d[kind] = common + own0;
      d[D + kind] = 2 * common + own1;
      d[2 * D + kind] = alone;
    }
    return d;
  }

  private static CrossResiduals fitted() {
    Random random = new Random(3);
    int n = 5000;
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = deviations(2 * random.nextGaussian(), 0.1 * random.nextGaussian(), 0.1 * random.nextGaussian(),
          random.nextGaussian());
    }
    return CrossResiduals.fit(rows, new boolean[n], n, P, 0.9);
  }

  @Test
  void aJointMoveTheOthersExplainLeavesASmallResidualAMoveAgainstThemALargeOne() {
    CrossResiduals residuals = fitted();
    double[] joint = residuals.residuals(deviations(6, 0, 0, 0), new double[CrossResiduals.KINDS.length * P]);
    double[] against = residuals.residuals(deviations(0, 0, 6, 0), new double[CrossResiduals.KINDS.length * P]);
    for (int k = 0; k < CrossResiduals.KINDS.length; k++) {
      assertTrue(Math.abs(joint[k * P + 1]) < 1, "parameter 1 moved with parameter 0: residual " + joint[k * P + 1]);
      assertTrue(Math.abs(against[k * P + 1]) > 10, "parameter 1 moved alone: residual " + against[k * P + 1]);
    }
  }

  @Test
  void noveltyIsInFixedTailsWhateverQuantileCalibratesTheFeatures() {
    CrossResiduals residuals = fitted();
    double quiet = residuals.novelty(deviations(0, 0, 0, 0));
    double joint = residuals.novelty(deviations(6, 0, 0, 0));
    double against = residuals.novelty(deviations(0, 3, -3, 0));
    assertEquals(0, quiet, 1e-9);
    assertTrue(joint < 1, "a joint move the fit explains is not novel: " + joint);
    // Parameters 0 and 1 against the pattern, each capped; parameter 2 adds the little the fit predicts for it.
    assertTrue(against >= 2 * CrossResiduals.NOVELTY_CAP && against < 2 * CrossResiduals.NOVELTY_CAP + 1, "novelty " + against);
  }

  @Test
  void aMissingParameterHasNoResidualAndPredictsNothing() {
    CrossResiduals residuals = fitted();
    double[] d = deviations(0, 0, 0, 0);
    for (int kind = 0; kind < D; kind++) {
      d[kind] = Double.NaN;
    }
    double[] r = residuals.residuals(d, new double[CrossResiduals.KINDS.length * P]);
    for (double value : r) {
      assertEquals(0, value, 1e-12);
    }
  }

  @Test
  void weightsAndTailsOfTheWrongSizeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CrossResiduals(P, new double[5], new double[6], new double[3]));
    assertThrows(IllegalArgumentException.class,
        () -> new StationFeatures(java.util.List.of("ph", "redox"), null, CrossResiduals.none(P)));
  }
}
