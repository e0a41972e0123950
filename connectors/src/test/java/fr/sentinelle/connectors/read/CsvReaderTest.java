package fr.sentinelle.connectors.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void multiLineQuotedFieldsKeepTheLineNumbersOfLaterRecords() throws IOException {
    List<Row> rows = read("id,text\n"
        + "1,\"Première ligne,\navec \"\"guillemets\"\"\net trois lignes\"\n"
        + "\n"
        + "2,simple\n");
    assertEquals(List.of(2L, 6L), rows.stream().map(Row::line).toList());
    assertEquals("Première ligne,\navec \"guillemets\"\net trois lignes", rows.get(0).value().get("text").asText());
    assertEquals("{\"id\":\"2\",\"text\":\"simple\"}", rows.get(1).value().toString());
  }

  @Test
  void dottedColumnsBuildNestedObjectsAndEmptyCellsAreAbsent() throws IOException {
    List<Row> rows = read("id,location.latitude,location.longitude,name\r\n1,48.85,2.35,\r\n2,,,Chez Paul\r\n");
    assertEquals("{\"id\":\"1\",\"location\":{\"latitude\":\"48.85\",\"longitude\":\"2.35\"}}", rows.get(0).value().toString());
    assertEquals("{\"id\":\"2\",\"name\":\"Chez Paul\"}", rows.get(1).value().toString());
  }

  @Test
  void wrongNumberOfValues() throws IOException {
    List<Row> rows = read("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
    assertEquals(List.of(List.of("2 values for 3 columns"), List.of("4 values for 3 columns"), List.of()),
        rows.stream().map(Row::errors).toList());
  }

  @Test
  void badBytesInsideAMultiLineRecordRejectThatRecordOnly() throws IOException {
    byte[] bytes = Utf8LinesTest.concat("id,text\n1,\"one\ntw".getBytes(), new byte[] {(byte) 0xFF},
        "o\"\n2,fine\n".getBytes());
    CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes));
    assertEquals(Row.unreadable(2, "line 3: not valid UTF-8 (bad byte 0xFF at byte 3 of the line)"), reader.next());
    Row second = reader.next();
    assertEquals(4, second.line());
    assertEquals("fine", second.value().get("text").asText());
    assertNull(reader.next());
  }

  @Test
  void unterminatedQuoteEndsTheFileWithAClearError() throws IOException {
    CsvReader reader = new CsvReader(new ByteArrayInputStream("id,text\n1,ok\n2,\"never closed\n3,x\n".getBytes()));
    assertEquals(2, reader.next().line());
    IOException e = assertThrows(IOException.class, reader::next);
    assertEquals(true, e.getMessage().startsWith("CSV syntax error: "), e.getMessage());
  }

  @Test
  void headerProblemsMakeTheFileUnusable() {
    assertEquals("no header row: the file holds no CSV data",
        assertThrows(InputFormatException.class, () -> new CsvReader(in("\n\n"))).getMessage());
    assertEquals(true, assertThrows(InputFormatException.class, () -> new CsvReader(in("a,a\n1,2\n")))
        .getMessage().startsWith("bad CSV header: "));
    byte[] badHeader = Utf8LinesTest.concat("id,t".getBytes(), new byte[] {(byte) 0xE8}, "xt\n1,a\n".getBytes());
    assertEquals("header row: line 1: not valid UTF-8 (bad byte 0xE8 at byte 5 of the line)",
        assertThrows(InputFormatException.class, () -> new CsvReader(new ByteArrayInputStream(badHeader))).getMessage());
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Row> read(String text) throws IOException {
    try (CsvReader reader = new CsvReader(in(text))) {
      List<Row> rows = new ArrayList<>();
      for (Row row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
      return rows;
    }
  }
}
