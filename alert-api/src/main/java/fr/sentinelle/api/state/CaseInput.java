package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.avro.alert.Alert;

/**
 * What the case fold reads: a decoded alert or a decoded action, exactly one of them. An alert
 * keeps the bytes it was decoded from, so crossing the internal topic does not encode it again.
 */
record CaseInput(Alert alert, byte[] alertBytes, CaseAction action) {
  /** @param encoded the alert in single-object Avro, as read from a topic */
  static CaseInput of(Alert alert, byte[] encoded) {
    return new CaseInput(alert, encoded, null);
  }

  static CaseInput of(CaseAction action) {
    return new CaseInput(null, null, action);
  }
}
