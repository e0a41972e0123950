package fr.sentinelle.models.water;

/** An event as a closed time interval in epoch milliseconds (first and last minute in it). */
public record Span(long start, long end) {
  public boolean overlaps(Span other) {
    return start <= other.end && other.start <= end;
  }

  public long minutes() {
    return (end - start) / 60_000 + 1;
  }
}
