package fr.sentinelle.api.state;

import fr.sentinelle.avro.alert.Alert;
import java.util.Comparator;

/**
 * What an alert record is, compared with the version of the same alert id already stored.
 *
 * <p>A version is later when its event time is later, or at the same event time when its status
 * is further along (OPEN, UPDATE, CLOSED). So an at-least-once replay of an older version never
 * takes the place of a newer one; a same-time version with other content replaces (last wins).
 */
public enum Arrival {
  /** First time this alert id is seen. */
  NEW,
  /** A different, not older version of a stored alert: replaces it. */
  CHANGED,
  /** The stored version again, or an older one: skipped. */
  DUPLICATE;

  private static final Comparator<Alert> VERSION_ORDER =
      Comparator.comparing(Alert::getEventTime).thenComparing(Alert::getStatus);

  public static Arrival of(Alert stored, Alert incoming) {
    if (stored == null) {
      return NEW;
    }
    if (stored.equals(incoming) || VERSION_ORDER.compare(incoming, stored) < 0) {
      return DUPLICATE;
    }
    return CHANGED;
  }
}
