package fr.sentinelle.models.water;

/** Applies an {@link EventRule} to one station's minute scores, in time order, with state in {@link StationMemory}. */
public final class EventSegmenter {
  private final EventRule rule;

  public EventSegmenter(EventRule rule) {
    this.rule = rule;
  }

  public EventRule rule() {
    return rule;
  }

  public EventStep step(StationMemory m, long time, double score) {
    m.smoothed += rule.smoothingAlpha() * (score - m.smoothed);
    boolean flagged = m.smoothed >= rule.threshold();
    if (flagged) {
      if (!m.open) {
        m.open = true;
        m.openedAt = time;
        m.peak = m.smoothed;
        m.lastFlaggedAt = time;
        return new EventStep(EventStep.Transition.OPENED, true, m.smoothed, time, time, m.peak);
      }
      m.lastFlaggedAt = time;
      m.peak = Math.max(m.peak, m.smoothed);
      return new EventStep(EventStep.Transition.NONE, true, m.smoothed, m.openedAt, time, m.peak);
    }
    if (m.open && time - m.lastFlaggedAt >= rule.closeAfterMinutes() * 60_000L) {
      return close(m);
    }
    return new EventStep(EventStep.Transition.NONE, false, m.smoothed, m.openedAt, m.lastFlaggedAt, m.peak);
  }

  /** Closes the open event now (end of a replay, or a station silent for too long). */
  public EventStep close(StationMemory m) {
    m.open = false;
    return new EventStep(EventStep.Transition.CLOSED, false, m.smoothed, m.openedAt, m.lastFlaggedAt, m.peak);
  }
}
