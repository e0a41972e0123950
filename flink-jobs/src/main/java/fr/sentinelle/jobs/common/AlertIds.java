package fr.sentinelle.jobs.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic alert ids: the same finding always gets the same id, so a replay or a retry
 * overwrites an alert instead of adding a second one. The id is the first 128 bits of SHA-256 over
 * the length-prefixed parts (so "a|bc" and "ab|c" differ), in hex.
 */
public final class AlertIds {
  private AlertIds() {}

  /** E.g. {@code of("restaurant-hygiene", establishmentId, reviewIdThatCrossedTheThreshold)}. */
  public static String of(String detector, String subjectId, String triggerId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {detector, subjectId, triggerId}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
      }
      byte[] digest = sha.digest();
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
