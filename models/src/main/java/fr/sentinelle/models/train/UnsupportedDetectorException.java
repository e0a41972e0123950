package fr.sentinelle.models.train;

import java.util.Collection;

/** A detector name the models command does not know (yet). */
public final class UnsupportedDetectorException extends IllegalArgumentException {
  public UnsupportedDetectorException(String detector, Collection<String> supported) {
    super("detector '" + detector + "' is not yet supported; supported: " + String.join(", ", supported));
  }
}
