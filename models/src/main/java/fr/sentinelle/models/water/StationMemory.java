package fr.sentinelle.models.water;

/**
 * All a station's scoring remembers: its feature state, the smoothed score, and the event it is
 * in, if any. A Flink POJO, so the job keeps one per station in keyed state.
 */
public final class StationMemory {
  public StationState features;
  /** Exponentially smoothed event probability. */
  public double smoothed;
  /** Whether an event is open. */
  public boolean open;
  /** Epoch milliseconds of the open event's first flagged minute. */
  public long openedAt;
  /** Epoch milliseconds of the open event's last flagged minute. */
  public long lastFlaggedAt;
  /** Highest smoothed score of the open event. */
  public double peak;
  /** Flagged minutes in a row while no event is open, and when that run started. */
  public int flaggedRun;
  public long runStart;

  public StationMemory() {}

  public static StationMemory fresh(StationFeatures extractor) {
    StationMemory m = new StationMemory();
    m.features = extractor.newState();
    return m;
  }

  public int payloadBytes() {
    return features.payloadBytes() + 8 + 1 + 8 + 8 + 8 + 4 + 8;
  }
}
