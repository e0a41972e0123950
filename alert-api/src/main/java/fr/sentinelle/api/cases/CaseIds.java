package fr.sentinelle.api.cases;

import fr.sentinelle.avro.alert.Alert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A case id is derived from (detector, subject id), so every alert about one subject lands in one
 * case, on any instance, after any restart. Hashed so it is URL-safe whatever the subject id holds.
 */
public final class CaseIds {
  private CaseIds() {}

  public static String of(String detector, String subjectId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(detector.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(subjectId.getBytes(StandardCharsets.UTF_8));
      return "c-" + HexFormat.of().formatHex(sha.digest(), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static String of(Alert alert) {
    return of(alert.getDetector(), alert.getSubject().getId());
  }
}
