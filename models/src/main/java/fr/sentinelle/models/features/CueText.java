package fr.sentinelle.models.features;

/**
 * A lower-cased text prepared once for all the cue patterns (reusable, one per thread): its
 * characters, and the positions where a word boundary is possible: every position except an ASCII
 * letter, digit or underscore right after another one, which is never at a {@code \b} under any
 * JDK's definition of word characters. The matchers read the String itself: a Matcher over a
 * String runs faster than over another CharSequence (measured), as other code matches Strings too.
 */
final class CueText {
  private String text = "";
  private char[] chars = new char[256];
  private int[] starts = new int[256];
  private int startCount;

  CueText reset(String lowerCaseText) {
    text = lowerCaseText;
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
      starts = new int[chars.length];
    }
    text.getChars(0, length, chars, 0);
    startCount = 0;
    boolean previousIsWord = false;
    for (int p = 0; p < length; p++) {
      boolean isWord = isAsciiWordChar(chars[p]);
      if (!(isWord && previousIsWord)) {
        starts[startCount++] = p;
      }
      previousIsWord = isWord;
    }
    return this;
  }

  static CueText of(String lowerCaseText) {
    return new CueText().reset(lowerCaseText);
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  char charAt(int p) {
    return chars[p];
  }

  int startCount() {
    return startCount;
  }

  /** The {@code i}-th position where a match may start, in increasing order. */
  int start(int i) {
    return starts[i];
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
