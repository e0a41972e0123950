package fr.sentinelle.api.cases;

import java.util.Locale;
import java.util.Optional;

/** What an inspector can do to a case; written lower-case in the API and on the actions topic. */
public enum ActionType {
  ACKNOWLEDGE, ASSIGN, RESOLVE, SILENCE, NOTE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ActionType> fromWire(String text) {
    for (ActionType type : values()) {
      if (type.wireName().equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
