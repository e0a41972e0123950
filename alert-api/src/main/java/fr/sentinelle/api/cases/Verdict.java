package fr.sentinelle.api.cases;

import java.util.Optional;

/** How an inspector closed a case; the detectors are retrained on these. */
public enum Verdict {
  CONFIRMED("confirmed"), FALSE_POSITIVE("false-positive"), NO_ACTION("no-action");

  private final String wireName;

  Verdict(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Verdict> fromWire(String text) {
    for (Verdict verdict : values()) {
      if (verdict.wireName.equals(text)) {
        return Optional.of(verdict);
      }
    }
    return Optional.empty();
  }
}
