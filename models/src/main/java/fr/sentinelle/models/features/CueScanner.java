package fr.sentinelle.models.features;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * Counts the matches of several {@link CuePattern}s in one pass over a lower-cased text, each count
 * exactly what repeated {@link Matcher#find()} gives. The text is walked once for all patterns,
 * not once per pattern: at each possible word boundary, one table lookup on the next two characters
 * (when they and the third are ASCII, nearly always) says which patterns may start there, given
 * their possible three-character prefixes, then their longer prefixes ({@link LongerCuePrefixes});
 * only those run, with {@code lookingAt()}. Elsewhere each
 * pattern's own filter decides ({@link CuePattern#mayStartAt}). Immutable once built; the
 * per-text state is a {@link CueScan}, one per thread.
 */
final class CueScanner {
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
  }

  private final CuePattern[] cues;
  /** Per ASCII character c: 0 when no pattern may start with it, else 1 + its block of 128 in {@link #pairRow}. */
  private final short[] firstBlock = new short[128];
  /** Per first character's block and ASCII second character: 0 when no pattern may start with the pair, else 1 + its row in {@link #thirds}. */
  private final short[] pairRow;
  /** Per row and pattern, the ASCII characters that may follow the pair in a prefix of the pattern (a 128-bit set). */
  private final long[] thirds;
  /** The longer prefixes, for the positions that pass the first three characters. */
  private final LongerCuePrefixes longer;

  CueScanner(CuePattern... cues) {
    this.cues = cues.clone();
    this.longer = new LongerCuePrefixes(this.cues);
    // Small tables (a few kilobytes), so the lookup at each word stays in the processor's first-level cache.
    int blocks = 0;
    for (CuePattern cue : cues) {
      for (int pair : cue.pairs()) {
        if (pair >>> 10 < 128 && (pair & 0x3FF) < 128 && firstBlock[pair >>> 10] == 0) {
          firstBlock[pair >>> 10] = (short) ++blocks;
        }
      }
    }
    pairRow = new short[blocks * 128];
    int rows = 0;
    for (CuePattern cue : cues) {
      for (int pair : cue.pairs()) {
        int index = asciiPairIndex(pair);
        if (index >= 0 && pairRow[index] == 0) {
          pairRow[index] = (short) ++rows;
        }
      }
    }
    thirds = new long[rows * 2 * cues.length];
    for (int k = 0; k < cues.length; k++) {
      for (int triple : cues[k].triples()) {
        int e = triple & 0x3FF;
        int index = asciiPairIndex(triple >>> 10);
        if (e < 128 && index >= 0) {
          thirds[((pairRow[index] - 1) * cues.length + k) * 2 + (e >>> 6)] |= 1L << e;
        }
      }
    }
  }

  /** A thread's reusable matchers and buffers for {@link #count}. */
  CueScan newScan() {
    return new CueScan(cues);
  }

  /** Puts in {@code counts[k]} the number of matches of pattern {@code k} in {@code lowerCaseText}. */
  void count(String lowerCaseText, CueScan scan, int[] counts) {
    int length = lowerCaseText.length();
    char[] chars = scan.load(lowerCaseText);
    Arrays.fill(counts, 0, cues.length, 0);
    int p = 0;
    while (p < length) {
      // Every position may be at a \b except an ASCII word character right after another (under any
      // JDK's definition of word characters): try p, then skip the rest of its ASCII word.
      tryPosition(chars, length, p, scan, counts);
      if (isAsciiWordChar(chars[p++])) {
        while (p < length && isAsciiWordChar(chars[p])) {
          p++;
        }
      }
    }
  }

  private void tryPosition(char[] chars, int length, int p, CueScan scan, int[] counts) {
    char c = chars[p];
    if (p + 2 < length && (c | chars[p + 1] | chars[p + 2]) < 128) {
      int block = firstBlock[c];
      int row = block == 0 ? 0 : pairRow[(block - 1) << 7 | chars[p + 1]];
      if (row != 0) {
        int e = chars[p + 2];
        int base = (row - 1) * cues.length * 2 + (e >>> 6);
        int candidates = 0;
        for (int k = 0; k < cues.length; k++) {
          candidates |= (int) (thirds[base + 2 * k] >>> e & 1) << k;
        }
        if (candidates != 0) {
          tryEach(longer.filter(chars, length, p, candidates), p, scan, counts);
        }
      }
    } else {
      for (int k = 0; k < cues.length; k++) {
        if (cues[k].mayStartAt(chars, length, p)) {
          scan.tryAt(k, p, counts);
        }
      }
    }
  }

  private static boolean isAsciiWordChar(char c) {
    return c < 128 && ASCII_WORD[c];
  }

  private void tryEach(int candidates, int p, CueScan scan, int[] counts) {
    for (int k = 0; k < cues.length; k++) {
      if ((candidates & 1 << k) != 0) {
        scan.tryAt(k, p, counts);
      }
    }
  }

  /** The pair's index in {@link #pairRow} once its first character has a block; -1 for a pair that is not ASCII. */
  private int asciiPairIndex(int pair) {
    int c = pair >>> 10;
    int d = pair & 0x3FF;
    return c < 128 && d < 128 ? (firstBlock[c] - 1) << 7 | d : -1;
  }
}
