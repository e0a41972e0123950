package fr.sentinelle.connectors.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
  @Test
  void splitsOnLfAndCrLfAndKeepsALastLineWithoutTerminator() throws IOException {
    assertEquals(List.of(new DecodedLine(1, "a", null), new DecodedLine(2, "", null),
            new DecodedLine(3, "é", null), new DecodedLine(4, "last", null)),
        read("a\r\n\né\nlast".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void dropsTheByteOrderMarkOfTheFirstLineOnly() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] bytes = concat(bom, "a\n".getBytes(), bom, "b".getBytes());
    assertEquals(List.of(new DecodedLine(1, "a", null), new DecodedLine(2, "\uFEFFb", null)), read(bytes));
  }

  @Test
  void reportsTheFirstBadByteAndReplacesItInTheText() throws IOException {
    byte[] bytes = concat("ok\nCaf".getBytes(), new byte[] {(byte) 0xE9}, " cr\u00e8me\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3}, "\nfine".getBytes());
    assertEquals(List.of(
            new DecodedLine(1, "ok", null),
            new DecodedLine(2, "Caf\uFFFD crème", "not valid UTF-8 (bad byte 0xE9 at byte 4 of the line)"),
            new DecodedLine(3, "\uFFFD", "not valid UTF-8 (bad byte 0xC3 at byte 1 of the line)"),
            new DecodedLine(4, "fine", null)),
        read(bytes));
  }

  @Test
  void overlongLineIsSkippedAndReportedAndTheNextOneReads() throws IOException {
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(("x".repeat(200_000) + "\nnext\n").getBytes()), 100);
    assertEquals(new DecodedLine(1, "", "line longer than 100 bytes"), lines.next());
    assertEquals(new DecodedLine(2, "next", null), lines.next());
    assertNull(lines.next());
  }

  @Test
  void emptyStreamHasNoLines() throws IOException {
    assertNull(new Utf8Lines(new ByteArrayInputStream(new byte[0])).next());
  }

  static List<DecodedLine> read(byte[] bytes) throws IOException {
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes));
    List<DecodedLine> all = new ArrayList<>();
    for (DecodedLine line = lines.next(); line != null; line = lines.next()) {
      all.add(line);
    }
    return all;
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
