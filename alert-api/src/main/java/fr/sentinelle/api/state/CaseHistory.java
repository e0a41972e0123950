package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.HistoryEntry;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Each case's history lines in a store of their own, one entry per line, keyed by case id then line
 * number: appending a line writes only that line, and one case's lines are read by a range scan.
 * The case keeps the count ({@link CaseState#historyLines}); the store keeps the last
 * {@link CaseState#MAX_HISTORY} lines of each case.
 */
public final class CaseHistory {
  /** After the case id: sorts below every character a case id holds, so no other case's lines fall in the range. */
  private static final char SEPARATOR = '\u0000';
  private static final HexFormat HEX = HexFormat.of();

  private CaseHistory() {}

  /** Appends {@code line} to the case's history, numbering it with the case's line count, and drops the oldest beyond the limit. */
  static void append(KeyValueStore<String, HistoryEntry> store, CaseState state, HistoryEntry line) {
    long number = state.historyLines++;
    store.put(key(state.caseId, number), line);
    if (number >= CaseState.MAX_HISTORY) {
      store.delete(key(state.caseId, number - CaseState.MAX_HISTORY));
    }
  }

  /** The case's kept history, oldest first. */
  public static List<HistoryEntry> of(ReadOnlyKeyValueStore<String, HistoryEntry> store, String caseId) {
    List<HistoryEntry> lines = new ArrayList<>();
    try (KeyValueIterator<String, HistoryEntry> range = store.range(caseId + SEPARATOR, caseId + (char) (SEPARATOR + 1))) {
      range.forEachRemaining(entry -> lines.add(entry.value));
    }
    return lines;
  }

  /** Fixed-width hexadecimal line numbers (16 digits), so the store's byte order is the lines' order. */
  static String key(String caseId, long line) {
    return caseId + SEPARATOR + HEX.toHexDigits(line);
  }
}
