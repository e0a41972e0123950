package fr.sentinelle.models.water;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A drinking-water station the project simulates itself, minute by minute, in the GECCO 2018
 * columns: daily cycles, sensor noise, slow drift of the levels, sensor outages (all values missing:
 * a gap, not an event) and labelled events of a few kinds seen in real networks. The same seed
 * always gives the same stream, so the default model and the demo feed are reproducible and owe
 * nothing to non-open data.
 */
public final class SimulatedStation {
  /** GECCO column order: Tp, Cl, pH, Redox, Leit, Trueb, Cl_2, Fm, Fm_2. */
  public static final List<String> COLUMNS = List.of("Tp", "Cl", "pH", "Redox", "Leit", "Trueb", "Cl_2", "Fm", "Fm_2");
  private static final double[] LEVEL = {8.5, 0.165, 8.37, 753, 209.5, 0.020, 0.106, 1534, 928};
  private static final double[] DAILY = {0.3, 0.004, 0.02, 3, 1.0, 0.002, 0.004, 380, 230};
  private static final double[] NOISE = {0.02, 0.003, 0.005, 1.0, 0.4, 0.0015, 0.003, 25, 15};
  private static final double[] DRIFT = {0.002, 0.0002, 0.0004, 0.05, 0.03, 0.00002, 0.0002, 0.5, 0.3};
  private static final int[] DECIMALS = {2, 4, 3, 1, 1, 4, 4, 0, 0};

  /** Kinds of event: which parameters move and by how much (in units of {@link #NOISE}), and whether they ramp. */
  enum Kind {
    ALKALINE_INTRUSION(new double[] {0, 0, 5, -8, 0, 4, 0, 0, 0}, false),
    CHLORINE_OVERDOSE(new double[] {0, 6, 0, -6, 0, 0, 6, 0, 0}, true),
    MINERAL_CHANGE(new double[] {0, 0, 4, 0, -8, 3, 0, 0, 0}, false),
    TURBIDITY_PULSE(new double[] {0, 0, 0, 0, 4, 12, 0, 0, 0}, false),
    PH_DRIFT(new double[] {0, 0, 8, -3, 0, 0, 0, 0, 0}, true);

    final double[] shift;
    final boolean ramp;

    Kind(double[] shift, boolean ramp) {
      this.shift = shift;
      this.ramp = ramp;
    }
  }

  /** No event in the first 5 hours: the detector first learns the station's baseline (4 h). */
  public static final int QUIET_START_MINUTES = 300;

  private SimulatedStation() {}

  /** One minute: values in {@link #COLUMNS} order (NaN when the sensors are out) and the event label. */
  public record Minute(long time, double[] values, boolean event) {}

  /**
   * @param start epoch milliseconds of the first minute
   * @param meanMinutesBetweenEvents events start at random, this many minutes apart on average
   */
  public static List<Minute> generate(long seed, long start, int minutes, int meanMinutesBetweenEvents) {
    Random random = new Random(seed);
    double[] level = LEVEL.clone();
    for (int p = 0; p < level.length; p++) {
      level[p] *= 1 + 0.05 * random.nextGaussian(); // each station has its own water
    }
    double phase = random.nextDouble() * 2 * Math.PI;
    List<Minute> out = new ArrayList<>(minutes);
    int nextEvent = QUIET_START_MINUTES + random.nextInt(Math.max(1, meanMinutesBetweenEvents));
    int eventStart = -1;
    int eventEnd = -1;
    Kind kind = null;
    double strength = 1;
    int outageEnd = -1;
    for (int t = 0; t < minutes; t++) {
      for (int p = 0; p < level.length; p++) {
        level[p] += DRIFT[p] * random.nextGaussian();
      }
      if (t == nextEvent) {
        kind = Kind.values()[random.nextInt(Kind.values().length)];
        strength = 0.8 + 0.8 * random.nextDouble();
        eventStart = t;
        eventEnd = t + 10 + random.nextInt(50);
        nextEvent = eventEnd + 240 + random.nextInt(2 * meanMinutesBetweenEvents);
      }
      boolean event = t < eventEnd && kind != null;
      if (outageEnd < t && !event && t + 120 < nextEvent && random.nextInt(3000) == 0) {
        outageEnd = t + 5 + random.nextInt(120);
      }
      double day = Math.sin(2 * Math.PI * t / 1440.0 + phase);
      double[] values = new double[COLUMNS.size()];
      for (int p = 0; p < values.length; p++) {
        double x = level[p] + DAILY[p] * day + NOISE[p] * random.nextGaussian();
        if (event) {
          int into = t - eventStart;
          // A ramp reaches its full shift after 10 minutes, a step after 2.
          double onset = kind.ramp ? Math.min(1, (into + 1) / 10.0) : Math.min(1, (into + 1) / 2.0);
          x += strength * onset * kind.shift[p] * NOISE[p];
        }
        values[p] = t <= outageEnd ? Double.NaN : round(Math.max(0, x), DECIMALS[p]);
      }
      out.add(new Minute(start + 60_000L * t, values, event));
    }
    return out;
  }

  private static double round(double x, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(x * scale) / scale;
  }
}
