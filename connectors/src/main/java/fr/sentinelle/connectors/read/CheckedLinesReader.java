package fr.sentinelle.connectors.read;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character stream over {@link Utf8Lines} for parsers that need a Reader (CSV), remembering
 * which lines had bad bytes so the record containing them can be rejected afterwards.
 */
final class CheckedLinesReader extends Reader {
  private final Utf8Lines lines;
  private final TreeMap<Long, String> badLines = new TreeMap<>();
  /** Character offset where each not yet consumed line starts, to turn a record's offset into its line. */
  private final TreeMap<Long, DecodedLine> lineStarts = new TreeMap<>();
  private long charsRead;
  private String pending = "";
  private int position;
  private boolean ended;

  CheckedLinesReader(Utf8Lines lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position >= pending.length()) {
      if (ended) {
        return -1;
      }
      DecodedLine line = lines.next();
      if (line == null) {
        ended = true;
        return -1;
      }
      if (!line.valid()) {
        badLines.put(line.number(), line.error());
      }
      lineStarts.put(charsRead, line);
      pending = line.text() + "\n";
      position = 0;
    }
    int n = Math.min(length, pending.length() - position);
    pending.getChars(position, position + n, target, offset);
    position += n;
    charsRead += n;
    return n;
  }

  /**
   * The number of the first non-empty line from the one holding this character offset: where a
   * record starting there really begins, since the CSV parser skips empty lines before it.
   */
  long recordLineAt(long charOffset) {
    Map.Entry<Long, DecodedLine> start = lineStarts.floorEntry(charOffset);
    if (start == null) {
      return 1;
    }
    while (start.getValue().text().isEmpty() && lineStarts.higherEntry(start.getKey()) != null) {
      start = lineStarts.higherEntry(start.getKey());
    }
    // Records come in order: lines before this one will not be asked for again.
    lineStarts.headMap(start.getKey(), false).clear();
    return start.getValue().number();
  }

  /** The first encoding error among lines first..last, forgetting every bad line up to last. */
  String takeError(long first, long last) {
    Map.Entry<Long, String> bad = badLines.ceilingEntry(first);
    String error = bad != null && bad.getKey() <= last ? "line " + bad.getKey() + ": " + bad.getValue() : null;
    badLines.headMap(last, true).clear();

    return error;
  }

  @Override
  public void close() throws IOException {
    ended = true;
  }
}
