package fr.sentinelle.connectors.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish command on bad input, in dry-run mode (the broker path is PublishCommandITCase). */
class PublishCommandTest {
  static final String HEADER = "reviewId,establishmentId,platform,text,eventTime\n";
  static final List<String> MIXED_REJECTS = List.of(
      "line 3: rejected: rating: expected a number, got 'five'",
      "line 4: rejected: text: missing; eventTime: missing",
      "line 5: rejected: not valid UTF-8 (bad byte 0xE9 at byte 90 of the line)",
      "line 6: rejected: JSON over the limits: Document nesting depth (33) exceeds the maximum allowed"
          + " (32, from `StreamReadConstraints.getMaxNestingDepth()`)",
      "line 9: rejected: department: 'unknown' is not a French department code (01-95, 2A, 2B, 971-976)",
      "line 11: rejected: eventTime: expected an ISO-8601 instant with offset such as 2026-11-02T18:30:00Z"
          + " or epoch milliseconds, got 'yesterday'",
      "line 12: rejected: eventTime: 2099-01-01T00:00:00Z is more than 24h in the future");

  @TempDir Path dir;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(PublishCommandTest.class.getResource("/bad/" + name).toURI());
  }

  @Test
  void reportsEachBadLineWithItsNumberAndReason() throws Exception {
    Path rejects = dir.resolve("rejects.jsonl");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", fixture("reviews-mixed.jsonl").toString(),
        "--dry-run", "--rejects", rejects.toString());
    assertEquals(MIXED_REJECTS, run.errLines());
    assertEquals("reviews: read 11, valid 4 (dry run, nothing published), rejected 7\n", run.out());
    assertEquals(1, run.exitCode());
    List<String> written = Files.readAllLines(rejects);
    assertEquals(7, written.size());
    assertEquals("{\"line\":4,\"reasons\":[\"text: missing\",\"eventTime: missing\"]}", written.get(1));
  }

  @Test
  void allValidExitsZero() throws IOException {
    Path file = write("ok.csv", HEADER + "r1,e1,google,Bien,2026-11-02T12:00:00Z\n");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals("reviews: read 1, valid 1 (dry run, nothing published), rejected 0\n", run.out());
    assertEquals(0, run.exitCode());
  }

  @Test
  void emptyFile() throws IOException {
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", write("empty.csv", "").toString(), "--dry-run");
    assertEquals(List.of("error: " + dir.resolve("empty.csv") + " is empty"), run.errLines());
    assertEquals("", run.out());
    assertEquals(2, run.exitCode());
  }

  @Test
  void fileOfBlankLinesHoldsNoRecords() throws IOException {
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", write("blank.jsonl", "\n \n").toString(), "--dry-run");
    assertEquals(List.of("error: the file holds no records"), run.errLines());
    assertEquals(2, run.exitCode());
  }

  @Test
  void missingRequiredColumns() throws IOException {
    Path file = write("cols.csv", "reviewId,establishment,platform,texte\nr1,e1,google,Bien\n");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("error: missing required columns: establishmentId, text, eventTime"
        + " (the header has: reviewId, establishment, platform, texte)"), run.errLines());
    assertEquals(2, run.exitCode());
  }

  @Test
  void unknownColumnsAreOnlyWarnedAbout() throws IOException {
    Path file = write("extra.csv", "reviewId,establishmentId,platform,text,eventTime,stars\nr1,e1,google,Bien,2026-11-02T12:00:00Z,5\n");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("warning: ignoring unknown columns: stars"), run.errLines());
    assertEquals(0, run.exitCode());
  }

  @Test
  void nonUtf8LineInCsvIsRejectedAndTheOthersGoOn() throws IOException {
    byte[] bad = "r2,e1,google,Caf\u00e9,2026-11-02T12:00:00Z\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("latin1.csv");
    Files.write(file, concat((HEADER + "r1,e1,google,Bien,2026-11-02T12:00:00Z\n").getBytes(StandardCharsets.UTF_8),
        bad, "r3,e1,google,Bien,2026-11-02T12:00:00Z\n".getBytes(StandardCharsets.UTF_8)));
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("line 3: rejected: line 3: not valid UTF-8 (bad byte 0xE9 at byte 17 of the line)"), run.errLines());
    assertEquals("reviews: read 3, valid 2 (dry run, nothing published), rejected 1\n", run.out());
  }

  @Test
  void tenMegabyteReviewIsRejectedInJsonLines() throws IOException {
    String huge = "x".repeat(10 << 20);
    Path file = write("huge.jsonl", "{\"reviewId\":\"r1\",\"establishmentId\":\"e1\",\"platform\":\"google\",\"text\":\"" + huge
        + "\",\"eventTime\":\"2026-11-02T12:00:00Z\"}\n"
        + "{\"reviewId\":\"r2\",\"establishmentId\":\"e1\",\"platform\":\"google\",\"text\":\"ok\",\"eventTime\":\"2026-11-02T12:00:00Z\"}\n");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    // The length Jackson reports is where it stopped reading, which depends on its buffer boundaries.
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).matches("line 1: rejected: JSON over the limits: String value length \\(\\d+\\)"
        + " exceeds the maximum allowed \\(2000000, from `StreamReadConstraints.getMaxStringLength\\(\\)`\\)"), run.err());
    assertEquals("reviews: read 2, valid 1 (dry run, nothing published), rejected 1\n", run.out());
  }

  @Test
  void tenMegabyteReviewIsRejectedInCsv() throws IOException {
    Path file = write("huge.csv", HEADER + "r1,e1,google,\"" + "y".repeat(10 << 20) + "\",2026-11-02T12:00:00Z\n"
        + "r2,e1,google,ok,2026-11-02T12:00:00Z\n");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("line 2: rejected: text: too long (10485760 chars, max 100000)"), run.errLines());
    assertEquals("reviews: read 2, valid 1 (dry run, nothing published), rejected 1\n", run.out());
  }

  @Test
  void randomBytesAreRejectedLineByLineWithoutCrash() throws IOException {
    byte[] noise = new byte[256 << 10];
    new Random(42).nextBytes(noise);
    Path file = dir.resolve("noise.jsonl");
    Files.write(file, noise);
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    long rejected = run.errLines().size();
    assertTrue(rejected > 900, "one reject per line of noise, got " + rejected);
    assertTrue(run.errLines().stream().allMatch(l -> l.matches(
        "line \\d+: rejected: (not valid UTF-8|not valid JSON|JSON over the limits|not a JSON object).*")), run.err());
    assertEquals("reviews: read " + rejected + ", valid 0 (dry run, nothing published), rejected " + rejected + "\n", run.out());
    assertEquals(1, run.exitCode());
  }

  @Test
  void randomBytesAsCsvHaveNoUsableHeader() throws IOException {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path file = dir.resolve("noise.csv");
    Files.write(file, noise);
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size());
    assertTrue(run.err().startsWith("error: "), run.err());
  }

  @Test
  void gzippedCsvWithMultiLineText() throws IOException {
    Path file = dir.resolve("reviews.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((HEADER + "r1,e1,google,\"Première ligne,\nseconde \"\"citée\"\"\",2026-11-02T12:00:00Z\n"
          + "r2,e1,google,,2026-11-02T12:00:00Z\n").getBytes(StandardCharsets.UTF_8));
    }
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("line 4: rejected: text: missing"), run.errLines());
    assertEquals("reviews: read 2, valid 1 (dry run, nothing published), rejected 1\n", run.out());
  }

  @Test
  void truncatedGzipEndsTheRunWithAReject() throws IOException {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(zipped)) {
      for (int i = 1; i <= 2000; i++) {
        out.write(("{\"reviewId\":\"r" + i + "\",\"establishmentId\":\"e1\",\"platform\":\"google\",\"text\":\"Bien " + i
            + "\",\"eventTime\":\"2026-11-02T12:00:00Z\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = zipped.toByteArray();
    Path file = dir.resolve("cut.jsonl.gz");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().matches("line \\d+: rejected: cannot read the rest of the file: Unexpected end of ZLIB input stream\n"), run.err());
    assertEquals(1, run.exitCode());
  }

  @Test
  void unterminatedCsvQuoteEndsTheRunWithAReject() throws IOException {
    Path file = write("quote.csv", HEADER + "r1,e1,google,ok,2026-11-02T12:00:00Z\nr2,e1,google,\"never closed,2026-11-02T12:00:00Z\n");
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("line 3: rejected: cannot read the rest of the file: CSV syntax error: (startline 3)"
        + " EOF reached before encapsulated token finished"), run.errLines());
    assertEquals("reviews: read 2, valid 1 (dry run, nothing published), rejected 1\n", run.out());
  }

  @Test
  void sameCodeServesOtherFeeds() throws IOException {
    Path calls = write("calls.csv", "callId,turn,speaker,text,department,eventTime\n"
        + "c1,0,CALLER,\"Bonjour, ma paie n'est pas arrivée.\",971,2026-11-02T09:00:00Z\n"
        + "c1,1,ROBOT,Je vous écoute.,971,2026-11-02T09:00:05Z\n");
    CliRun callRun = CliRun.of("publish", "--feed", "calls", "--file", calls.toString(), "--dry-run");
    assertEquals(List.of("line 3: rejected: speaker: expected one of [CALLER, BOT, AGENT, UNKNOWN], got 'ROBOT'"),
        callRun.errLines());
    assertEquals("calls: read 2, valid 1 (dry run, nothing published), rejected 1\n", callRun.out());
    Path water = write("water.jsonl", "{\"stationId\":\"s1\",\"department\":\"2B\",\"eventTime\":1762084800000,"
        + "\"measurements\":[{\"parameter\":\"chlorine\",\"value\":0.3,\"unit\":\"mg/L\"}]}\n"
        + "{\"stationId\":\"s1\",\"department\":\"2B\",\"eventTime\":1762084800000,\"measurements\":[]}\n");
    CliRun waterRun = CliRun.of("publish", "--feed", "water", "--file", water.toString(), "--dry-run");
    assertEquals(List.of("line 2: rejected: measurements: empty"), waterRun.errLines());
    assertEquals("water: read 2, valid 1 (dry run, nothing published), rejected 1\n", waterRun.out());
  }

  @Test
  void unknownExtensionAsksForFormat() throws IOException {
    Path file = write("reviews.txt", HEADER);
    CliRun run = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("error: cannot tell the format of reviews.txt from its extension (.csv, .jsonl, optionally .gz):"
        + " give --format csv or --format jsonl"), run.errLines());
    assertEquals(2, run.exitCode());
    CliRun forced = CliRun.of("publish", "--feed", "reviews", "--file", file.toString(), "--format", "csv", "--dry-run");
    assertEquals(List.of("error: the file holds no records"), forced.errLines());
  }

  @Test
  void unknownFeedAndMissingFile() {
    CliRun feed = CliRun.of("publish", "--feed", "tweets", "--file", "x.csv", "--dry-run");
    assertEquals(List.of("error: unknown feed 'tweets'; known feeds: reviews, water, scenes, calls, letters, medical"),
        feed.errLines());
    assertEquals(2, feed.exitCode());
    CliRun file = CliRun.of("publish", "--feed", "reviews", "--file", dir.resolve("nope.csv").toString(), "--dry-run");
    assertEquals(List.of("error: no such file: " + dir.resolve("nope.csv")), file.errLines());
    assertEquals(2, file.exitCode());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
