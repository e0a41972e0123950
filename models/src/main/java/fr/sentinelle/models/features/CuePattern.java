package fr.sentinelle.models.features;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue pattern starting with {@code \b} and where its matches can start, for counting them
 * exactly as repeated {@link Matcher#find()} would but running the pattern only where a match can
 * start ({@link CueScanner}). {@code find()}
 * tries every alternative of the pattern at every position of the text, which made these cues the
 * largest cost of scoring a review. A match can only start at a word boundary and with one of the
 * three-character prefixes the pattern can begin with; both are checked first, cheaply:
 * <ul>
 *   <li>the possible prefixes are found once, at construction, by asking the pattern itself: a short
 *       input that the pattern matches, or that it read to the end of ({@link Matcher#hitEnd()}),
 *       can begin a match; any other cannot, whatever follows it;
 *   <li>an ASCII letter, digit or underscore right after another is never at a {@code \b}, under
 *       any JDK's definition of word characters.
 * </ul>
 * Characters from {@value #TESTED} up are not tested and always pass: the filter only ever lets
 * more positions through to the real pattern, never fewer.
 */
final class CuePattern {
  /** Characters below this are tested at construction (Latin scripts); any above may start a match. */
  static final int TESTED = 0x250;
  private static final int DEPTH = 3;

  private final Pattern pattern;
  private final boolean[] mayStart = new boolean[TESTED];
  /** The possible prefixes of length 2 and 3 over tested characters, packed 10 bits a character, sorted. */
  private final int[] pairs;
  private final int[] triples;
  /** The possible prefixes of two ASCII characters as a bit set (bit 128 * c + d), the common case looked up first. */
  private final long[] asciiPairs = new long[128 * 128 / 64];

  CuePattern(Pattern pattern) {
    if (!pattern.pattern().startsWith("\\b")) {
      throw new IllegalArgumentException("a cue pattern must start with \\b: " + pattern);
    }
    this.pattern = pattern;
    Matcher m = pattern.matcher("");
    int[] singles = new int[0];
    for (char c = 0; c < TESTED; c++) {
      if (mayBegin(m, String.valueOf(c))) {
        mayStart[c] = true;
        singles = append(singles, c);
      }
    }
    pairs = extend(m, singles);
    triples = extend(m, pairs);
    for (int pair : pairs) {
      int c = pair >>> 10;
      int d = pair & 0x3FF;
      if (c < 128 && d < 128) {
        asciiPairs[(c << 7 | d) >>> 6] |= 1L << d;
      }
    }
  }

  /** A matcher for this pattern, to run at the positions that pass {@link #mayStartAt}; bounds are transparent so {@code \b} sees the character before a region. */
  Matcher matcher() {
    return pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The possible two-character prefixes, packed 10 bits a character, sorted. */
  int[] pairs() {
    return pairs.clone();
  }

  /** The possible three-character prefixes, packed 10 bits a character, sorted. */
  int[] triples() {
    return triples.clone();
  }

  /** Whether the one to three characters at {@code p} may begin a match (a word boundary there is checked by the caller). */
  boolean mayStartAt(char[] text, int length, int p) {
    char c = text[p];
    if (c >= TESTED) {
      return true;
    }
    if (!mayStart[c]) {
      return false;
    }
    if (p + 1 == length) {
      return true;
    }
    char d = text[p + 1];
    if (d >= TESTED) {
      return true;
    }
    int pair = c << 10 | d;
    if (c < 128 && d < 128 ? (asciiPairs[(c << 7 | d) >>> 6] & 1L << d) == 0 : Arrays.binarySearch(pairs, pair) < 0) {
      return false;
    }
    if (p + 2 == length) {
      return true;
    }
    char e = text[p + 2];
    return e >= TESTED || Arrays.binarySearch(triples, pair << 10 | e) >= 0;
  }

  /** The possible prefixes one character longer than {@code prefixes} (packed, sorted). */
  private static int[] extend(Matcher m, int[] prefixes) {
    int[] longer = new int[0];
    for (int prefix : prefixes) {
      String text = unpack(prefix);
      for (char c = 0; c < TESTED; c++) {
        if (mayBegin(m, text + c)) {
          longer = append(longer, prefix << 10 | c);
        }
      }
    }
    Arrays.sort(longer);
    return longer;
  }

  /** Whether a match may begin with {@code prefix} (at a word boundary): the pattern matches it or reads to its end. */
  boolean mayBegin(String prefix) {
    return mayBegin(pattern.matcher(""), prefix);
  }

  private static boolean mayBegin(Matcher m, String input) {
    m.reset(input);
    return m.lookingAt() || m.hitEnd();
  }

  private static String unpack(int packed) {
    StringBuilder s = new StringBuilder();
    for (int p = packed; p != 0; p >>>= 10) {
      s.insert(0, (char) (p & 0x3FF));
    }
    return s.toString();
  }

  private static int[] append(int[] values, int value) {
    int[] more = Arrays.copyOf(values, values.length + 1);
    more[values.length] = value;
    return more;
  }
}
