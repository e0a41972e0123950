package fr.sentinelle.models.water;

import java.util.Arrays;
import java.util.List;

/**
 * How far each parameter moved <em>relative to the others</em>. In normal operation parameters
 * move together (a change of flow or source water shifts chlorine, redox and conductivity at
 * once); a contamination moves some of them against that pattern. For each of {@link #KINDS}
 * (the 15- and 60-minute deviations of {@link StationFeatures}), each parameter's deviation is
 * predicted by a ridge least-squares fit on the other parameters' deviations over the normal
 * minutes of the training part; the residual, in units of its own normal tail, is what is left.
 * Stateless: it reads one reading's deviations, so the per-station state does not grow.
 */
public final class CrossResiduals {
  /** Indices into {@link StationFeatures#KINDS}: z15 and z60. */
  static final int[] KINDS = {1, 2};
  static final String[] KIND_NAMES = {"r15", "r60"};
  /** Deviations enter the fit clipped: a few sensor faults must not decide every weight. */
  static final double CLIP = 50;
  /** Ridge per training row: keeps weights small for parameters that barely vary. */
  static final double RIDGE_PER_ROW = 1e-3;
  /**
   * The novelty's tails are this fixed quantile of the normal 15-minute residuals, whatever
   * quantile calibrates the features: the event rule's novelty levels ({@link RuleTuning#NOVELTY_TAILS})
   * then mean the same thing for every model (a low quantile would make everyday noise "novel").
   */
  static final double NOVELTY_QUANTILE = 0.995;
  /** A parameter adds at most this many tails to the novelty. */
  static final double NOVELTY_CAP = StationFeatures.SUM_CAP;

  private final int parameters;
  /** Per kind, per predicted parameter, per predictor: row-major weights (the diagonal is 0). */
  private final double[] weights;
  /** Per kind and parameter: the residual's normal tail. */
  private final double[] tails;
  /** Per parameter: its 15-minute residual's {@link #NOVELTY_QUANTILE} tail. */
  private final double[] noveltyTails;

  CrossResiduals(int parameters, double[] weights, double[] tails, double[] noveltyTails) {
    this.parameters = parameters;
    if (weights.length != KINDS.length * parameters * parameters || tails.length != KINDS.length * parameters
        || noveltyTails.length != parameters) {
      throw new IllegalArgumentException("expected " + KINDS.length * parameters * parameters + " residual weights, "
          + KINDS.length * parameters + " residual tails and " + parameters + " novelty tails, got " + weights.length
          + ", " + tails.length + " and " + noveltyTails.length);
    }
    this.weights = weights.clone();
    this.tails = tails.clone();
    this.noveltyTails = noveltyTails.clone();
  }

  /** Before training: no prediction, unit tails (a residual is then the deviation itself). */
  static CrossResiduals none(int parameters) {
    return new CrossResiduals(parameters, new double[KINDS.length * parameters * parameters],
        ones(KINDS.length * parameters), ones(parameters));
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  /**
   * Fits weights and tails on the normal minutes among the first {@code to} rows of deviations;
   * the tails are the {@code tailQuantile} of their non-zero absolute residuals (the trainer uses
   * the quantile it chose for the deviations, {@link StationFeatures#TAIL_QUANTILES}).
   */
  static CrossResiduals fit(double[][] deviations, boolean[] labels, int to, int parameters, double tailQuantile) {
    int p = parameters;
    double[] weights = new double[KINDS.length * p * p];
    double[] z = new double[p];
    for (int k = 0; k < KINDS.length; k++) {
      double[][] gram = new double[p][p];
      for (int i = 0; i < to; i++) {
        if (!labels[i]) {
          read(deviations[i], k, p, z);
          for (int u = 0; u < p; u++) {
            for (int v = 0; v < p; v++) {
              gram[u][v] += z[u] * z[v];
            }
          }
        }
      }
      for (int q = 0; q < p; q++) {
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int u = 0; u < p; u++) {
          b[u] = u == q ? 0 : gram[u][q];
          for (int v = 0; v < p; v++) {
            a[u][v] = u == q || v == q ? 0 : gram[u][v];
          }
          a[u][u] += u == q ? 1 : RIDGE_PER_ROW * to;
        }
        System.arraycopy(solve(a, b), 0, weights, (k * p + q) * p, p);
      }
    }
    CrossResiduals unscaled = new CrossResiduals(p, weights, ones(KINDS.length * p), ones(p));
    double[][] normal = new double[to][];
    int m = 0;
    for (int i = 0; i < to; i++) {
      if (!labels[i]) {
        normal[m++] = unscaled.residuals(deviations[i], new double[KINDS.length * p]);
      }
    }
    List<double[]> rows = Arrays.asList(normal).subList(0, m);
    double[] tails = StationFeatures.tails(rows, KINDS.length * p, tailQuantile);
    double[] noveltyTails = Arrays.copyOf(StationFeatures.tails(rows, KINDS.length * p, NOVELTY_QUANTILE), p);
    return new CrossResiduals(p, weights, tails, noveltyTails);
  }

  /**
   * Residuals of one reading's deviations, per kind then parameter, in tail units (signed); 0 for
   * a missing parameter (a gap is not an anomaly), which also predicts nothing for the others.
   */
  double[] residuals(double[] deviations, double[] out) {
    int p = parameters;
    double[] z = new double[p];
    for (int k = 0; k < KINDS.length; k++) {
      read(deviations, k, p, z);
      for (int q = 0; q < p; q++) {
        out[k * p + q] = residual(deviations, k, q, z) / tails[k * p + q];
      }
    }
    return out;
  }

  /**
   * The novelty of a reading: the sum over parameters of their 15-minute residuals in
   * {@link #NOVELTY_QUANTILE} tails, each capped at {@link #NOVELTY_CAP} so one broken sensor cannot fill it.
   */
  double novelty(double[] deviations) {
    int p = parameters;
    double[] z = new double[p];
    read(deviations, 0, p, z);
    double sum = 0;
    for (int q = 0; q < p; q++) {
      sum += Math.min(NOVELTY_CAP, Math.abs(residual(deviations, 0, q, z)) / noveltyTails[q]);
    }
    return sum;
  }

  /** Parameter {@code q}'s kind-{@code k} residual in its own scale, from the clipped deviations {@code z}. */
  private double residual(double[] deviations, int k, int q, double[] z) {
    if (!Double.isFinite(deviations[q * StationFeatures.KINDS.size() + KINDS[k]])) {
      return 0;
    }
    double predicted = 0;
    int row = (k * parameters + q) * parameters;
    for (int u = 0; u < parameters; u++) {
      predicted += weights[row + u] * z[u];
    }
    return z[q] - predicted;
  }

  private static void read(double[] deviations, int k, int p, double[] z) {
    for (int q = 0; q < p; q++) {
      double v = deviations[q * StationFeatures.KINDS.size() + KINDS[k]];
      z[q] = Double.isFinite(v) ? Math.max(-CLIP, Math.min(CLIP, v)) : 0;
    }
  }

  int parameters() {
    return parameters;
  }

  double[] weights() {
    return weights.clone();
  }

  double[] tails() {
    return tails.clone();
  }

  double[] noveltyTails() {
    return noveltyTails.clone();
  }

  /** Gaussian elimination with partial pivoting; the systems are parameters x parameters. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        pivot = Math.abs(a[r][c]) > Math.abs(a[pivot][c]) ? r : pivot;
      }
      double[] row = a[c];
      a[c] = a[pivot];
      a[pivot] = row;
      double t = b[c];
      b[c] = b[pivot];
      b[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
