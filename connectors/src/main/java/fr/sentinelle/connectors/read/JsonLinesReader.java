package fr.sentinelle.connectors.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** JSON Lines: one JSON object per line; blank lines are skipped, every other line is one record. */
public final class JsonLinesReader implements RowReader {
  private final InputStream in;
  private final Utf8Lines lines;
  private final ObjectMapper json = JsonLimits.mapper();

  public JsonLinesReader(InputStream in) {
    this.in = in;
    this.lines = new Utf8Lines(in);
  }

  @Override
  public Row next() throws IOException {
    DecodedLine line;
    do {
      line = lines.next();
    } while (line != null && line.valid() && line.text().isBlank());
    if (line == null) {
      return null;
    }
    if (!line.valid()) {
      return Row.unreadable(line.number(), line.error());
    }
    return parse(line.number(), line.text());
  }

  private Row parse(long number, String text) {
    try {
      JsonNode node = json.readTree(text);
      if (!node.isObject()) {
        return Row.unreadable(number, "not a JSON object but " + node.getNodeType().name().toLowerCase());
      }
      return Row.of(number, node);
    } catch (JsonProcessingException e) {
      return Row.unreadable(number, describe(e));
    }
  }

  /** Jackson's message without its source excerpt, which for a huge line would be huge too. */
  static String describe(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException limit) {
        return "JSON over the limits: " + limit.getOriginalMessage();
      }
    }
    String where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
    return "not valid JSON: " + e.getOriginalMessage() + where;
  }

  @Override
  public boolean textual() {
    return false;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
