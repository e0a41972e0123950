package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.avro.alert.Alert;

/** Told, on the stream thread, of what the fold changed: the live stream listens. */
public interface CaseListener {
  CaseListener NONE = new CaseListener() {
    @Override
    public void alertNotified(long sequence, Alert alert, long recordTimestamp) {}

    @Override
    public void caseChanged(CaseState state) {}
  };

  /**
   * A new alert, or a new version of one, not silenced, with its stream sequence number.
   *
   * @param recordTimestamp the alert record's Kafka timestamp, for the stream lag
   */
  void alertNotified(long sequence, Alert alert, long recordTimestamp);

  /** A case changed through an inspector action. */
  void caseChanged(CaseState state);
}
