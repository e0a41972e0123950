package fr.sentinelle.models.water;

import java.util.Arrays;

/**
 * Everything one station's feature extraction remembers between readings: a few exponential
 * moving statistics per parameter, so the state stays a few hundred bytes whatever the window.
 * Public fields and a no-argument constructor make it a Flink POJO (state kept in a keyed store).
 */
public final class StationState {
  /** Epoch milliseconds of the last reading seen, or Long.MIN_VALUE before the first one. */
  public long lastTime = Long.MIN_VALUE;
  /** Per parameter: epoch milliseconds when it last had a value. */
  public long[] lastSeen;
  /** Per parameter: its last value. */
  public double[] last;
  /** Per parameter and time constant ({@link StationFeatures#TAUS_MINUTES}): moving means, row-major. */
  public double[] means;
  /** Per parameter: moving mean absolute deviation from the slowest mean, the parameter's own scale. */
  public double[] scales;
  /** Readings seen per parameter (warm-up: the scale needs some history before it is trusted). */
  public int[] seen;
  /**
   * Epoch milliseconds since which the slow baselines are held (an event is open or about to be),
   * or Long.MIN_VALUE when they are not: the hold is bounded ({@link StationFeatures#HOLD_BOUND_MINUTES}).
   */
  public long holdingSince = Long.MIN_VALUE;

  public StationState() {}

  static StationState empty(int parameters) {
    StationState s = new StationState();
    s.lastSeen = new long[parameters];
    Arrays.fill(s.lastSeen, Long.MIN_VALUE);
    s.last = new double[parameters];
    s.means = new double[parameters * StationFeatures.TAUS_MINUTES.length];
    s.scales = new double[parameters];
    s.seen = new int[parameters];
    return s;
  }

  /** Bytes of the numbers held, for the per-station state size report. */
  public int payloadBytes() {
    return 8 + 8 + lastSeen.length * 8 + last.length * 8 + means.length * 8 + scales.length * 8 + seen.length * 4;
  }
}
