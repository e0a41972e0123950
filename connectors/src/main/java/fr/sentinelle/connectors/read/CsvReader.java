package fr.sentinelle.connectors.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and line breaks). A
 * column named with dots (location.latitude) fills a nested record; an empty cell is absent.
 */
public final class CsvReader implements RowReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setIgnoreSurroundingSpaces(false)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
      .setAllowMissingColumnNames(false)
      .get();

  private final InputStream in;
  private final CheckedLinesReader chars;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;

  /** @throws InputFormatException when the file has no header row or a bad one */
  public CsvReader(InputStream in) throws IOException {
    this.in = in;
    this.chars = new CheckedLinesReader(new Utf8Lines(in));
    try {
      this.parser = CSVParser.builder().setReader(chars).setFormat(FORMAT).get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InputFormatException("bad CSV header: " + e.getMessage());
    }
    this.header = parser.getHeaderNames();
    if (header.isEmpty()) {
      throw new InputFormatException("no header row: the file holds no CSV data");
    }
    String headerError = chars.takeError(1, parser.getCurrentLineNumber());
    if (headerError != null) {
      throw new InputFormatException("header row: " + headerError);
    }
    this.records = parser.iterator();
  }

  public List<String> header() {
    return header;
  }

  @Override
  public Row next() throws IOException {
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new IOException("CSV syntax error: " + rootMessage(e), e);
    }
    long first = chars.recordLineAt(record.getCharacterPosition());
    long last = Math.max(first, parser.getCurrentLineNumber());
    String encodingError = chars.takeError(first, last);
    long line = first;
    if (encodingError != null) {
      return Row.unreadable(line, encodingError);
    }
    if (record.size() != header.size()) {
      return Row.unreadable(line, record.size() + " values for " + header.size() + " columns");
    }
    return Row.of(line, toTree(record));
  }

  private ObjectNode toTree(CSVRecord record) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size(); i++) {
      String value = record.get(i);
      if (value.isEmpty()) {
        continue;
      }
      String[] path = header.get(i).trim().split("\\.");
      ObjectNode parent = root;
      for (int depth = 0; depth < path.length - 1; depth++) {
        parent = parent.get(path[depth]) instanceof ObjectNode child ? child : parent.putObject(path[depth]);
      }
      parent.put(path[path.length - 1], value);
    }
    return root;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  @Override
  public boolean textual() {
    return true;
  }

  @Override
  public void close() throws IOException {
    parser.close();
    in.close();
  }
}
