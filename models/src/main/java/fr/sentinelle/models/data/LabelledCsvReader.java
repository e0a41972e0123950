package fr.sentinelle.models.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a labelled CSV file (header row; gzip detected by its magic bytes, whatever the name):
 * a text column, a 0/1 label column and an optional language column. Every problem is an
 * {@link InvalidDataException} naming the file and, where it applies, the line.
 */
public final class LabelledCsvReader {
  public static final String LANGUAGE_COLUMN = "language";

  private final String textColumn;
  private final String labelColumn;

  public LabelledCsvReader(String textColumn, String labelColumn) {
    this.textColumn = textColumn;
    this.labelColumn = labelColumn;
  }

  public LabelledData read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidDataException(file + ": no such file");
    }
    byte[] stored = Files.readAllBytes(file);
    String text = decodeUtf8(file, uncompress(file, stored));
    if (text.isBlank()) {
      throw new InvalidDataException(file + ": the file is empty (expected a header with columns "
          + textColumn + "," + labelColumn + " and at least one record)");
    }
    return new LabelledData(file, sha256(stored), parse(file, text));
  }

  private List<LabelledText> parse(Path file, String text) throws InvalidDataException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<LabelledText> records = new ArrayList<>();
    String body = stripBom(text);
    int[] lineStarts = lineStarts(body);
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = new ArrayList<>();
      for (String required : List.of(textColumn, labelColumn)) {
        if (!header.contains(required)) {
          missing.add(required);
        }
      }
      if (!missing.isEmpty()) {
        throw new InvalidDataException(file + ": missing column(s) " + String.join(", ", missing)
            + " (found: " + String.join(", ", header) + ")");
      }
      boolean hasLanguage = header.contains(LANGUAGE_COLUMN);
      for (CSVRecord record : parser) {
        records.add(toLabelled(file, record, hasLanguage, lineStarts));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      if (e instanceof InvalidDataException invalid) {
        throw invalid;
      }
      throw new InvalidDataException(file + ": not a valid CSV file: " + e.getMessage());
    }
    if (records.isEmpty()) {
      throw new InvalidDataException(file + ": the file has a header but no records");
    }
    return records;
  }

  private LabelledText toLabelled(Path file, CSVRecord record, boolean hasLanguage, int[] lineStarts) throws InvalidDataException {
    long line = lineAt(lineStarts, record.getCharacterPosition());
    if (!record.isSet(textColumn) || !record.isSet(labelColumn)) {
      throw new InvalidDataException(file + ": line " + line + ": the record has " + record.size()
          + " field(s), fewer than the header's columns");
    }
    String label = record.get(labelColumn).trim();
    if (!label.equals("0") && !label.equals("1")) {
      throw new InvalidDataException(file + ": line " + line + ": label " + labelColumn + " must be 0 or 1, got '"
          + abbreviate(label) + "'");
    }
    String language = hasLanguage && record.isSet(LANGUAGE_COLUMN) && !record.get(LANGUAGE_COLUMN).isBlank()
        ? record.get(LANGUAGE_COLUMN).trim() : null;
    return new LabelledText(record.get(textColumn), label.equals("1"), language, line);
  }

  /** Line number (1-based) of a character offset, found in the offsets where lines start. */
  private static long lineAt(int[] lineStarts, long offset) {
    int i = java.util.Arrays.binarySearch(lineStarts, (int) offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static byte[] uncompress(Path file, byte[] stored) throws IOException {
    boolean gzip = stored.length >= 2 && (stored[0] & 0xff) == 0x1f && (stored[1] & 0xff) == 0x8b;
    if (!gzip) {
      return stored;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidDataException(file + ": starts like a gzip file but cannot be uncompressed: " + e.getMessage());
    }
  }

  /** Strict UTF-8: the first invalid byte is reported with its line. */
  static String decodeUtf8(Path file, byte[] bytes) throws InvalidDataException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      long line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InvalidDataException(String.format("%s: line %d: not UTF-8 (invalid byte 0x%02x at byte offset %d)",
          file, line, bytes[offset] & 0xff, offset));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
