package fr.sentinelle.connectors.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  @Test
  void readsOneObjectPerLineSkippingBlankLinesAndKeepingLineNumbers() throws IOException {
    List<Row> rows = read("{\"a\":1}\n\n   \n{\"b\":{\"c\":[1,2]}}\r\n");
    assertEquals(List.of(1L, 4L), rows.stream().map(Row::line).toList());
    assertEquals("{\"a\":1}", rows.get(0).value().toString());
    assertEquals("{\"b\":{\"c\":[1,2]}}", rows.get(1).value().toString());
  }

  @Test
  void eachBadLineIsAnUnreadableRowWithItsReason() throws IOException {
    List<Row> rows = read("[1]\n\"text\"\n{\"a\":\n{\"a\":1} {\"b\":2}\n{\"a\":1,\"a\":2}\n{\"a\":NaN}\n{\"ok\":true}\n");
    assertEquals(List.of(
            List.of("not a JSON object but array"),
            List.of("not a JSON object but string"),
            List.of("not valid JSON: Unexpected end-of-input within/between Object entries (column 6)"),
            List.of("not valid JSON: Trailing token (of type START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS` (column 9)"),
            List.of("not valid JSON: Duplicate field 'a' (column 11)"),
            List.of("not valid JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow (column 9)"),
            List.of()),
        rows.stream().map(Row::errors).toList());
  }

  @Test
  void limitsNestingDepthAndStringLength() throws IOException {
    String deep = "{\"a\":" + "[".repeat(JsonLimits.MAX_NESTING_DEPTH) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH) + "}";
    String justDeepEnough = "{\"a\":" + "[".repeat(JsonLimits.MAX_NESTING_DEPTH - 1) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH - 1) + "}";
    String longString = "{\"text\":\"" + "x".repeat(JsonLimits.MAX_STRING_CHARS + 1) + "\"}";
    List<Row> rows = read(deep + "\n" + justDeepEnough + "\n" + longString + "\n");
    assertEquals(List.of("JSON over the limits: Document nesting depth (33) exceeds the maximum allowed"
        + " (32, from `StreamReadConstraints.getMaxNestingDepth()`)"), rows.get(0).errors());
    assertEquals(List.of(), rows.get(1).errors());
    assertEquals(1, rows.get(2).errors().size());
    assertEquals(true, rows.get(2).errors().get(0).startsWith("JSON over the limits: String value length ("));
  }

  @Test
  void nonUtf8LineIsRejectedAlone() throws IOException {
    byte[] bytes = Utf8LinesTest.concat("{\"a\":\"caf".getBytes(), new byte[] {(byte) 0xE9}, "\"}\n{\"a\":\"ok\"}".getBytes());
    JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(bytes));
    assertEquals(Row.unreadable(1, "not valid UTF-8 (bad byte 0xE9 at byte 10 of the line)"), reader.next());
    assertEquals("{\"a\":\"ok\"}", reader.next().value().toString());
    assertNull(reader.next());
  }

  static List<Row> read(String text) throws IOException {
    try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<Row> rows = new ArrayList<>();
      for (Row row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
      return rows;
    }
  }
}
