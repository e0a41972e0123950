package fr.sentinelle.models.water;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Causal feature extraction for one station, shared by training, evaluation and the Flink job.
 * Each reading is compared with what the station did before it (never after): differences to
 * moving means over 5, 15, 60 and 240 minutes, the minute-to-minute change, all divided by the
 * parameter's own typical deviation so that slow level drift and unit changes matter little.
 *
 * <p>A missing value is not an anomaly: its features are 0 and the state keeps its past; after an
 * outage longer than {@link #RESET_AFTER_MINUTES} the means restart from the first new value, so
 * the return of a sensor is not seen as a jump.
 */
public final class StationFeatures {
  static final double[] TAUS_MINUTES = {5, 15, 60, 240};
  static final double RESET_AFTER_MINUTES = 30;
  /** The scale follows a day of history; large deviations enter it clipped so events barely widen it. */
  static final double SCALE_TAU_MINUTES = 1440;
  static final double SCALE_CLIP = 4;
  static final double MEAN_CLIP = 3;
  /** A parameter adds at most this many tails to the sum of deviations, so one broken sensor cannot fill it. */
  static final double SUM_CAP = 4;
  /** Readings before a parameter's deviations count: one time constant of the slowest mean (4 h). */
  static final int WARM_UP_READINGS = 240;
  /**
   * While a station is in an event, the hour and 4-hour means and the scale stop learning, so a long
   * event stays measured against the water before it instead of slowly becoming its own baseline;
   * the 5- and 15-minute means keep adapting (onset and minute-change signals stay fast). The hold
   * lasts at most one time constant of the hour mean: after that a lasting change of level (a flow
   * switch) is absorbed as usual and cannot keep an event open for ever. Nothing is held during a
   * parameter's first day, while its baselines are still being learnt.
   */
  static final double HOLD_BOUND_MINUTES = 60;
  /** The first held mean in {@link #TAUS_MINUTES}: the hour mean, then the 4-hour one. */
  static final int FIRST_HELD_MEAN = 2;

  private final List<String> parameters;
  private final double[] tails;
  private final CrossResiduals residuals;

  /** Uncalibrated: deviations are compared in the parameters' own scales only (used before training). */
  public StationFeatures(List<String> parameters) {
    this(parameters, null);
  }

  /**
   * @param tails per parameter and kind ({@link #KINDS}), row-major: the absolute deviation that
   *     normal minutes of the training data rarely exceed (a quantile of {@link #TAIL_QUANTILES}); features are
   *     expressed in these units, so a parameter that is naturally jumpy does not dominate
   */
  public StationFeatures(List<String> parameters, double[] tails) {
    this(parameters, tails, null);
  }

  /**
   * @param residuals the cross-parameter fit ({@link CrossResiduals}); null before training (the
   *     residuals are then the deviations themselves)
   */
  public StationFeatures(List<String> parameters, double[] tails, CrossResiduals residuals) {
    this.parameters = List.copyOf(parameters);
    this.residuals = residuals == null ? CrossResiduals.none(parameters.size()) : residuals;
    if (this.residuals.parameters() != parameters.size()) {
      throw new IllegalArgumentException("residuals fitted on " + this.residuals.parameters() + " parameters, not " + parameters.size());
    }
    this.tails = tails == null ? ones(parameters.size() * KINDS.size()) : tails.clone();
    if (this.tails.length != parameters.size() * KINDS.size()) {
      throw new IllegalArgumentException("expected " + parameters.size() * KINDS.size() + " tails, got " + this.tails.length);
    }
  }

  /**
   * Candidate normal-minute quantiles of each absolute deviation that calibrate the features; the
   * trainer chooses one by time-ordered cross-validation. A lower one makes "several parameters
   * past their tail at once" fire on the moderate joint shifts most events are.
   */
  public static final double[] TAIL_QUANTILES = {0.9, 0.95, 0.995};

  /**
   * Calibration from the deviations of normal minutes (rows of {@link #update(StationState, long, double[], double[])}):
   * per column, the {@code quantile} of the non-zero absolute deviations.
   */
  public static double[] tails(List<double[]> normalDeviations, int columns, double quantile) {
    double[] tails = new double[columns];
    double[] column = new double[normalDeviations.size()];
    for (int c = 0; c < columns; c++) {
      int m = 0;
      for (double[] row : normalDeviations) {
        if (Double.isFinite(row[c]) && row[c] != 0) {
          column[m++] = Math.abs(row[c]);
        }
      }
      Arrays.sort(column, 0, m);
      tails[c] = m == 0 ? 1 : Math.max(1e-6, column[(int) Math.min(m - 1, Math.floor(quantile * m))]);
    }
    return tails;
  }

  public double[] tails() {
    return tails.clone();
  }

  public CrossResiduals residuals() {
    return residuals;
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  public List<String> parameters() {
    return parameters;
  }

  public StationState newState() {
    return StationState.empty(parameters.size());
  }

  /** Per parameter kinds of deviation, in {@link #deviations} order. */
  static final List<String> KINDS = List.of("z5", "z15", "z60", "z240", "dz1");
  static final int TOP = 3;

  /**
   * The model sees deviations without their parameter's name: for each kind, the three largest
   * absolute values across parameters in tail units, how many exceed one and two tails, and
   * their capped sum (several parameters moving together is the mark of most events). An event with a combination of
   * parameters never seen in training still looks like "two parameters moved far at once".
   * The same summary follows for each kind of {@link CrossResiduals} (moves the other parameters
   * do not explain), then the count of missing parameters.
   */
  public int size() {
    return (KINDS.size() + CrossResiduals.KINDS.length) * (TOP + 3) + 1;
  }

  /** Feature names in vector order; their hash identifies the feature schema of a model. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    List<String> kinds = new ArrayList<>(KINDS);
    kinds.addAll(List.of(CrossResiduals.KIND_NAMES));
    for (String kind : kinds) {
      for (int r = 1; r <= TOP; r++) {
        names.add(kind + ".abs_top" + r);
      }
      names.add(kind + ".count_over_tail");
      names.add(kind + ".count_over_2_tails");
      names.add(kind + ".sum_capped");
    }
    names.add("missing.count");
    return names;
  }

  /** Updates the state with one reading and returns its features. */
  public double[] update(StationState s, long time, double[] values) {
    return features(update(s, time, values, new double[parameters.size() * KINDS.size()]));
  }

  /**
   * Updates the state with one reading and returns each parameter's deviations, row-major by
   * parameter then {@link #KINDS}, in the parameter's own scale; NaN for a missing value.
   *
   * @param time epoch milliseconds; a reading not after the last one is the caller's to drop
   * @param values one per parameter, NaN when missing
   */
  public double[] update(StationState s, long time, double[] values, double[] deviations) {
    return update(s, time, values, deviations, false);
  }

  /**
   * As {@link #update(StationState, long, double[], double[])}; {@code hold} says the station is in
   * an event (or about to open one): the slow baselines are then held, for at most
   * {@link #HOLD_BOUND_MINUTES} from the first held reading.
   */
  public double[] update(StationState s, long time, double[] values, double[] deviations, boolean hold) {
    if (!hold) {
      s.holdingSince = Long.MIN_VALUE;
    } else if (s.holdingSince == Long.MIN_VALUE) {
      s.holdingSince = time;
    }
    boolean held = hold && time - s.holdingSince < HOLD_BOUND_MINUTES * 60_000L;
    int n = parameters.size();
    int k = TAUS_MINUTES.length;
    int d = KINDS.size();
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (!Double.isFinite(x)) {
        Arrays.fill(deviations, i * d, (i + 1) * d, Double.NaN);
        continue;
      }
      double gapMinutes = s.lastSeen[i] == Long.MIN_VALUE ? Double.POSITIVE_INFINITY : (time - s.lastSeen[i]) / 60_000.0;
      if (gapMinutes > RESET_AFTER_MINUTES) {
        restart(s, i, x);
      }
      double scale = scale(s, i, x);
      double trusted = s.seen[i] >= WARM_UP_READINGS ? 1 : 0;
      for (int j = 0; j < k; j++) {
        deviations[i * d + j] = trusted * (x - s.means[i * k + j]) / scale;
      }
      deviations[i * d + 4] = trusted * (x - s.last[i]) / scale;
      learn(s, i, x, Math.max(gapMinutes, 0), scale, held);
      s.lastSeen[i] = time;
      s.last[i] = x;
      s.seen[i]++;
    }
    s.lastTime = Math.max(s.lastTime, time);
    return deviations;
  }

  /** The model's features from one reading's deviations. */
  public double[] features(double[] deviations) {
    int n = parameters.size();
    int d = KINDS.size();
    double[] f = new double[size()];
    double[] column = new double[n];
    int missing = 0;
    for (int j = 0; j < d; j++) {
      for (int i = 0; i < n; i++) {
        double z = deviations[i * d + j];
        column[i] = Double.isNaN(z) ? 0 : Math.abs(z) / tails[i * d + j];
        missing += j == 0 && Double.isNaN(z) ? 1 : 0;
      }
      summarise(column, f, j * (TOP + 3));
    }
    double[] r = residuals.residuals(deviations, new double[CrossResiduals.KINDS.length * n]);
    for (int k = 0; k < CrossResiduals.KINDS.length; k++) {
      for (int i = 0; i < n; i++) {
        column[i] = Math.abs(r[k * n + i]);
      }
      summarise(column, f, (d + k) * (TOP + 3));
    }
    f[f.length - 1] = missing;
    for (int i = 0; i < f.length; i++) {
      // Deviations have heavy tails; on a log scale a linear model weighs 2 vs 4 tails like 20 vs 40.
      f[i] = Math.log1p(f[i]);
    }
    return f;
  }

  /** Top values, counts over one and two tails and the capped sum of one kind's absolute values in tails (sorts {@code column}). */
  private static void summarise(double[] column, double[] f, int o) {
    int n = column.length;
    int over1 = 0;
    int over2 = 0;
    double sum = 0;
    for (double c : column) {
      over1 += c > 1 ? 1 : 0;
      over2 += c > 2 ? 1 : 0;
      sum += Math.min(SUM_CAP, c);
    }
    Arrays.sort(column);
    for (int r = 0; r < TOP && r < n; r++) {
      f[o + r] = column[n - 1 - r];
    }
    f[o + TOP] = over1;
    f[o + TOP + 1] = over2;
    f[o + TOP + 2] = sum;
  }

  /**
   * The novelty of a reading (from its {@link #update deviations}): the capped sum over parameters
   * of their 15-minute cross-parameter residuals ({@link CrossResiduals#novelty}); joint moves the
   * other parameters explain (a flow change) add little.
   */
  public double novelty(double[] deviations) {
    return residuals.novelty(deviations);
  }

  /** The hour mean of one parameter, the baseline its deviation is measured from. */
  public static double hourMean(StationState s, int parameter) {
    return s.means[parameter * TAUS_MINUTES.length + 2];
  }

  /** The deviation of one parameter from its hour mean in its own scale, for alert evidence. */
  public static double z60(double[] deviations, int parameter) {
    return deviations[parameter * KINDS.size() + 2];
  }

  private static void restart(StationState s, int i, double x) {
    int k = TAUS_MINUTES.length;
    for (int j = 0; j < k; j++) {
      s.means[i * k + j] = x;
    }
    s.last[i] = x;
    if (s.lastSeen[i] == Long.MIN_VALUE) {
      s.scales[i] = 0;
      s.seen[i] = 0;
    }
  }

  /** The parameter's typical deviation, floored so a perfectly flat sensor does not divide by zero. */
  private static double scale(StationState s, int i, double x) {
    double floor = 1e-3 * Math.max(Math.abs(s.means[i * TAUS_MINUTES.length + 3]), Math.abs(x)) + 1e-6;
    return Math.max(s.scales[i], floor);
  }

  private static void learn(StationState s, int i, double x, double gapMinutes, double scale, boolean held) {
    int k = TAUS_MINUTES.length;
    double dt = Math.max(1, Math.min(gapMinutes, RESET_AFTER_MINUTES));
    boolean warm = s.seen[i] >= WARM_UP_READINGS;
    boolean firstDay = s.seen[i] < SCALE_TAU_MINUTES;
    // A baseline still being learnt is not held: frozen after a few hours, a cold station's first
    // alarm would be measured against a mean that had not settled, and stay open for hours.
    boolean holding = held && !firstDay;
    for (int j = 0; j < k; j++) {
      double a = holding && j >= FIRST_HELD_MEAN ? 0 : 1 - Math.exp(-dt / TAUS_MINUTES[j]);
      double step = x - s.means[i * k + j];
      // Huber-clipped: during an event the means creep instead of jumping, so the deviation lasts
      // as long as the event does; a lasting change of level is still absorbed, only more slowly.
      s.means[i * k + j] += a * (warm ? Math.max(-MEAN_CLIP * scale, Math.min(MEAN_CLIP * scale, step)) : step);
    }
    double deviation = Math.abs(x - s.means[i * k + 3]);
    // For the first day the scale is the plain mean of every deviation seen (a cold station has no
    // history to clip against); then it follows a day of history with large deviations clipped.
    double clipped = firstDay ? deviation : Math.min(deviation, SCALE_CLIP * scale);
    double a = firstDay ? 1.0 / (s.seen[i] + 1) : holding ? 0 : 1 - Math.exp(-dt / SCALE_TAU_MINUTES);
    s.scales[i] += a * (clipped - s.scales[i]);
  }
}
