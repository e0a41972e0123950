package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Fixed-seed hostile payloads for the water feed, each with the dead-letter reason the job must give
 * it: the wire (random bytes, truncation, wrong fingerprint, a message over the size limit) and valid
 * Avro carrying absurd values (NaN, infinity, negative turbidity, pH 15, years 2999 and 1975, a
 * station id that is a path or holds bytes that are not UTF-8, a department that does not exist).
 * Their stations are their own ({@code H-…}), so they cannot disturb the good stations' state.
 */
final class HostileReadings {
  /** Single-object encoding's first byte: random payloads must not start with it to be plain garbage. */
  private static final byte MARKER = (byte) 0xC3;
  private static final Instant AT = WaterFixtures.T0.plusSeconds(3600);

  /** One payload, its kind and the reason its dead letter must give. */
  record Hostile(String kind, byte[] payload, RejectReason reason) {}

  private record Kind(String name, RejectReason reason, BiFunction<Random, Integer, byte[]> make) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("random-bytes", RejectReason.UNDECODABLE, HostileReadings::randomBytes),
      new Kind("truncated", RejectReason.UNDECODABLE, (random, n) -> {
        byte[] whole = encoded("H-" + n, "35", AT, 7.5);
        return Arrays.copyOf(whole, 2 + random.nextInt(whole.length - 3));
      }),
      new Kind("wrong-fingerprint", RejectReason.UNKNOWN_SCHEMA, (random, n) -> {
        byte[] bytes = encoded("H-" + n, "35", AT, 7.5);
        bytes[2 + random.nextInt(8)] ^= (byte) (1 + random.nextInt(255));
        return bytes;
      }),
      new Kind("nan", RejectReason.INVALID, (random, n) -> encoded("H-" + n, "35", AT, Double.NaN)),
      new Kind("infinity", RejectReason.INVALID, (random, n) -> encoded("H-" + n, "35", AT, Double.NEGATIVE_INFINITY)),
      new Kind("ph-15", RejectReason.INVALID, (random, n) -> encoded("H-" + n, "35", AT, 15.0)),
      new Kind("negative-turbidity", RejectReason.INVALID, (random, n) -> WaterFixtures.encoded(new WaterReading(
          "H-" + n, "35", AT, List.of(new Measurement("turbidity", -1.0 - random.nextInt(100), "NTU"))))),
      new Kind("year-2999", RejectReason.INVALID,
          (random, n) -> encoded("H-" + n, "35", Instant.parse("2999-01-01T00:00:00Z"), 7.5)),
      new Kind("year-1975", RejectReason.INVALID,
          (random, n) -> encoded("H-" + n, "35", Instant.parse("1975-06-01T00:00:00Z"), 7.5)),
      new Kind("station-path", RejectReason.INVALID, (random, n) -> encoded("../../H-" + n, "35", AT, 7.5)),
      new Kind("station-not-utf8", RejectReason.INVALID, (random, n) -> notUtf8Station(n)),
      new Kind("unknown-department", RejectReason.INVALID, (random, n) -> encoded("H-" + n, "ZZ9", AT, 7.5)),
      new Kind("huge-station-id", RejectReason.TOO_LARGE,
          (random, n) -> encoded("H" + "x".repeat(70_000 + random.nextInt(10_000)), "35", AT, 7.5)),
      new Kind("huge-measurement-list", RejectReason.TOO_LARGE, (random, n) -> WaterFixtures.encoded(new WaterReading(
          "H-" + n, "35", AT, IntStream.range(0, 5_000).mapToObj(i -> new Measurement("ph", 7.0, "[pH]")).toList()))));

  private HostileReadings() {}

  /** {@code count} hostile payloads, kinds in turn, contents drawn from {@code seed}. */
  static List<Hostile> generate(long seed, int count) {
    Random random = new Random(seed);
    List<Hostile> hostile = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      Kind kind = KINDS.get(n % KINDS.size());
      hostile.add(new Hostile(kind.name(), kind.make().apply(random, n), kind.reason()));
    }
    return hostile;
  }

  static int kinds() {
    return KINDS.size();
  }

  private static byte[] encoded(String station, String department, Instant at, double ph) {
    return WaterFixtures.encoded(new WaterReading(station, department, at, List.of(new Measurement("ph", ph, "[pH]"))));
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[1 + random.nextInt(300)];
    random.nextBytes(bytes);
    if (bytes[0] == MARKER) {
      bytes[0] = 0;
    }
    return bytes;
  }

  /** A station id whose UTF-8 bytes are replaced by ones that are not UTF-8 (0xFF, a lone continuation byte). */
  private static byte[] notUtf8Station(int n) {
    String marker = "H-QQ" + n;
    byte[] bytes = encoded(marker, "35", AT, 7.5);
    byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        bytes[i + 2] = (byte) 0xFF;
        bytes[i + 3] = (byte) 0x80;
        return bytes;
      }
    }
    throw new IllegalStateException("station id not found in its own encoding");
  }
}
