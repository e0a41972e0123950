package fr.sentinelle.api.access;

import fr.sentinelle.avro.alert.Alert;

/**
 * Which alerts the service shows. Medical-report alerts need the medical scope, and access
 * control (JWT scopes, departments) comes with issue 4: until then they are never listed, returned
 * or streamed, to anyone. They are still stored, so granting the scope later needs no replay.
 */
public final class Visibility {
  public static final String MEDICAL_DETECTOR = "medical-reports";

  private Visibility() {}

  public static boolean isVisible(Alert alert) {
    return !MEDICAL_DETECTOR.equals(alert.getDetector());
  }
}
