package fr.sentinelle.api.live;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.avro.alert.Alert;

/**
 * What the live stream carries: an alert with its sequence number (from the store when resuming,
 * with no record timestamp: -1), or a case changed by an action (sequence 0, not resumable).
 */
public record LiveEvent(long sequence, Alert alert, CaseState caseState, long recordTimestamp) {
  public static LiveEvent alert(long sequence, Alert alert, long recordTimestamp) {
    return new LiveEvent(sequence, alert, null, recordTimestamp);
  }

  public static LiveEvent caseChanged(CaseState state) {
    return new LiveEvent(0, null, state, -1);
  }

  public boolean isAlert() {
    return alert != null;
  }
}
