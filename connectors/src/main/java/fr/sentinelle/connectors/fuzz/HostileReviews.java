package fr.sentinelle.connectors.fuzz;

import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Review;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Fixed-seed hostile payloads for the reviews feed, each with the dead-letter reason the job must give it.
 * Kinds cover the wire (random bytes, truncation, wrong fingerprint) and valid Avro carrying absurd values
 * (event times in 2999 and 1975, a blank text, department {@code ZZ9}, texts over 100,000 characters).
 */
public final class HostileReviews {
  /** Single-object encoding's marker: random payloads must not start with it to be plain garbage. */
  private static final byte MARKER = (byte) 0xC3;

  /** One payload, its kind (e.g. "truncated") and the reason its dead letter must give. */
  public record Hostile(String kind, byte[] payload, RejectReason reason) {}

  private record Kind(String name, RejectReason reason, BiFunction<Random, Integer, byte[]> make) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("random-bytes", RejectReason.UNDECODABLE, HostileReviews::randomBytes),
      new Kind("truncated", RejectReason.UNDECODABLE, (random, n) -> {
        byte[] whole = valid(n, "Bon repas.", Instant.parse("2025-03-02T10:00:00Z"));
        return Arrays.copyOf(whole, 2 + random.nextInt(whole.length - 3));
      }),
      new Kind("wrong-fingerprint", RejectReason.UNKNOWN_SCHEMA, (random, n) -> {
        byte[] bytes = valid(n, "Bon repas.", Instant.parse("2025-03-02T10:00:00Z"));
        bytes[2 + random.nextInt(8)] ^= (byte) (1 + random.nextInt(255));
        return bytes;
      }),
      new Kind("event-in-year-2999", RejectReason.INVALID,
          (random, n) -> valid(n, "Bon repas.", Instant.parse("2999-01-01T00:00:00Z"))),
      new Kind("event-in-1975", RejectReason.INVALID,
          (random, n) -> valid(n, "Bon repas.", Instant.parse("1975-06-01T00:00:00Z"))),
      new Kind("blank-text", RejectReason.INVALID,
          (random, n) -> valid(n, " \t\n ", Instant.parse("2025-03-02T10:00:00Z"))),
      new Kind("absurd-department", RejectReason.INVALID, (random, n) -> SampleReviews.encoded(
          SampleReviews.review("hostile-" + n, "e-hostile", "ZZ9", "Bon repas.", Instant.parse("2025-03-02T10:00:00Z")))),
      new Kind("huge-text", RejectReason.TOO_LARGE,
          (random, n) -> valid(n, "a".repeat(100_001 + random.nextInt(50_000)), Instant.parse("2025-03-02T10:00:00Z"))));

  private HostileReviews() {}

  /** {@code count} hostile payloads, kinds in turn, contents drawn from {@code seed}. */
  public static List<Hostile> generate(long seed, int count) {
    Random random = new Random(seed);
    return java.util.stream.IntStream.range(0, count).mapToObj(n -> {
      Kind kind = KINDS.get(n % KINDS.size());
      return new Hostile(kind.name(), kind.make().apply(random, n), kind.reason());
    }).toList();
  }

  /**
   * A risky review whose text also holds bytes that are not UTF-8 (decoded as U+FFFD) and control
   * characters: odd but valid, so the job must score it like any other, not reject it.
   */
  public static byte[] oddButValid(String reviewId, String establishmentId, String department, String riskyText,
      Instant at) {
    String noise = new String(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x01, 0x07}, StandardCharsets.UTF_8);
    return SampleReviews.encoded(SampleReviews.review(reviewId, establishmentId, department, noise + riskyText + noise,
        at));
  }

  private static byte[] valid(int n, String text, Instant at) {
    Review review = SampleReviews.review("hostile-" + n, "e-hostile", "75", text, at);
    return SampleReviews.encoded(review);
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[random.nextInt(2_000)];
    random.nextBytes(bytes);
    if (bytes.length > 0 && bytes[0] == MARKER) {
      bytes[0] = 0;
    }
    return bytes;
  }
}
