package fr.sentinelle.avro.codec;

import fr.sentinelle.avro.alert.RejectReason;

/** A message that cannot become a record; carries the reason that goes into the dead letter. */
public final class DecodeException extends Exception {
  private final RejectReason reason;

  public DecodeException(RejectReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public DecodeException(RejectReason reason, String message) {
    this(reason, message, null);
  }

  public RejectReason reason() {
    return reason;
  }
}
