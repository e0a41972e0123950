package fr.sentinelle.models.water;

/**
 * What one reading did to its station's event: nothing, opened one, or closed the one that was
 * open (its span is then {@code openedAt}..{@code lastFlaggedAt}).
 */
public record EventStep(Transition transition, boolean flagged, double smoothed, long openedAt, long lastFlaggedAt,
    double peak) {
  public enum Transition { NONE, OPENED, CLOSED }
}
