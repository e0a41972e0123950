package fr.sentinelle.models.water;

/** Applies an {@link EventRule} to one station's minute scores, in time order, with state in {@link StationMemory}. */
public final class EventSegmenter {
  /** Flagged minutes in a row before an event opens. */
  public static final int OPEN_AFTER_MINUTES = 2;
  private final EventRule rule;

  public EventSegmenter(EventRule rule) {
    this.rule = rule;
  }

  public EventRule rule() {
    return rule;
  }

  /**
   * One minute: the model's probability and the reading's novelty ({@link StationFeatures#novelty(double[])}).
   * An event opens only once {@link #OPEN_AFTER_MINUTES} minutes in a row are flagged (a one-minute
   * blip is noise, not an event of the water); it then dates from the first of them.
   */
  public EventStep step(StationMemory m, long time, double probability, double novelty) {
    m.smoothed += rule.smoothingAlpha() * (rule.minuteScore(probability, novelty) - m.smoothed);
    boolean flagged = m.smoothed >= 1;
    if (flagged) {
      if (!m.open) {
        m.flaggedRun++;
        if (m.flaggedRun == 1) {
          m.runStart = time;
        }
        if (m.flaggedRun < OPEN_AFTER_MINUTES) {
          return new EventStep(EventStep.Transition.NONE, false, m.smoothed, m.openedAt, m.lastFlaggedAt, m.peak);
        }
        m.open = true;
        m.openedAt = m.runStart;
        m.peak = m.smoothed;
        m.lastFlaggedAt = time;
        return new EventStep(EventStep.Transition.OPENED, true, m.smoothed, m.openedAt, time, m.peak);
      }
      m.lastFlaggedAt = time;
      m.peak = Math.max(m.peak, m.smoothed);
      return new EventStep(EventStep.Transition.NONE, true, m.smoothed, m.openedAt, time, m.peak);
    }
    m.flaggedRun = 0;
    if (m.open && time - m.lastFlaggedAt >= rule.closeAfterMinutes() * 60_000L) {
      return close(m);
    }
    return new EventStep(EventStep.Transition.NONE, false, m.smoothed, m.openedAt, m.lastFlaggedAt, m.peak);
  }

  /** Closes the open event now (end of a replay, or a station silent for too long). */
  public EventStep close(StationMemory m) {
    m.open = false;
    m.flaggedRun = 0;
    return new EventStep(EventStep.Transition.CLOSED, false, m.smoothed, m.openedAt, m.lastFlaggedAt, m.peak);
  }
}
