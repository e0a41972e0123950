package fr.sentinelle.models.data;

import java.io.IOException;

/** A training or evaluation file that cannot be used; the message says what is wrong and where. */
public final class InvalidDataException extends IOException {
  public InvalidDataException(String message) {
    super(message);
  }
}
