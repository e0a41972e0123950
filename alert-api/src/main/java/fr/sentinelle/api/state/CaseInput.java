package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.avro.alert.Alert;

/** What the case fold reads: a decoded alert or a decoded action, exactly one of them. */
record CaseInput(Alert alert, CaseAction action) {
  static CaseInput of(Alert alert) {
    return new CaseInput(alert, null);
  }

  static CaseInput of(CaseAction action) {
    return new CaseInput(null, action);
  }
}
