package fr.sentinelle.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCsvReaderTest {
  private final LabelledCsvReader reader = new LabelledCsvReader("review_text", "is_foodborne");

  @TempDir
  Path tmp;

  @Test
  void readsRecordsWithNewlinesInQuotedFields() throws IOException {
    LabelledData data = reader.read(Fixtures.path("reviews-small.csv"));
    assertEquals(6, data.records().size());
    assertEquals(3, data.positives());
    LabelledText second = data.records().get(1);
    assertEquals("I didn&#39;t feel well after the shrimp.\nBy midnight I was vomiting and had diarrhea until morning.",
        second.text());
    assertEquals(3, second.line());
    assertEquals(5, data.records().get(2).line());
    assertEquals("fr", data.records().get(2).language());
    assertNull(data.records().get(3).language());
  }

  @Test
  void recognisesGzipByItsMagicBytesWhateverTheName() throws IOException {
    Path plain = Fixtures.path("reviews-small.csv");
    Path gzipped = tmp.resolve("reviews.csv");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      out.write(Files.readAllBytes(plain));
    }
    LabelledData data = reader.read(gzipped);
    assertEquals(reader.read(plain).records(), data.records());
    assertEquals(LabelledCsvReader.sha256(Files.readAllBytes(gzipped)), data.sha256());
  }

  @Test
  void emptyFileIsAClearError() {
    Path file = Fixtures.path("empty.csv");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> reader.read(file));
    assertEquals(file + ": the file is empty (expected a header with columns review_text,is_foodborne and at least one record)",
        e.getMessage());
  }

  @Test
  void headerWithoutRecordsIsAClearError() {
    Path file = Fixtures.path("header-only.csv");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> reader.read(file));
    assertEquals(file + ": the file has a header but no records", e.getMessage());
  }

  @Test
  void missingColumnsAreNamed() {
    Path file = Fixtures.path("missing-columns.csv");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> reader.read(file));
    assertEquals(file + ": missing column(s) review_text, is_foodborne (found: review_date, text, label)", e.getMessage());
  }

  @Test
  void badLabelGivesItsLine() {
    Path file = Fixtures.path("bad-label.csv");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> reader.read(file));
    assertEquals(file + ": line 5: label is_foodborne must be 0 or 1, got 'yes'", e.getMessage());
  }

  @Test
  void nonUtf8BytesGiveTheirLine() throws IOException {
    Path file = tmp.resolve("latin1.csv");
    Files.write(file, concat("review_text,is_foodborne\n\"Tr\u00e8s bon\",0\n\"Malade apr".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xe8, 's', '"', ',', '1', '\n'}));
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> reader.read(file));
    assertEquals(file + ": line 3: not UTF-8 (invalid byte 0xe8 at byte offset 50)", e.getMessage());
  }

  @Test
  void missingFileIsAClearError() {
    Path file = tmp.resolve("nope.csv");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> reader.read(file));
    assertEquals(file + ": no such file", e.getMessage());
  }

  @Test
  void sha256OfNothingIsTheKnownValue() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", LabelledCsvReader.sha256(new byte[0]));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
