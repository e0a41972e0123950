package fr.sentinelle.models.features;

import java.util.Arrays;
import java.util.regex.Matcher;

/** One thread's matchers and buffers for a {@link CueScanner}, used for one text at a time. */
final class CueScan {
  private final Matcher[] matchers;
  /** Per pattern, where its next match may start (find() goes on from the end of the last one). */
  private final int[] next;
  /** Per pattern, whether its matcher has been given the current text (only patterns tried get it). */
  private final boolean[] loaded;
  private char[] chars = new char[256];
  private String text = "";

  CueScan(CuePattern[] cues) {
    matchers = new Matcher[cues.length];
    for (int k = 0; k < cues.length; k++) {
      matchers[k] = cues[k].matcher();
    }
    next = new int[cues.length];
    loaded = new boolean[cues.length];
  }

  char[] load(String lowerCaseText) {
    text = lowerCaseText;
    if (chars.length < text.length()) {
      chars = new char[Math.max(text.length(), 2 * chars.length)];
    }
    text.getChars(0, text.length(), chars, 0);
    Arrays.fill(next, 0);
    Arrays.fill(loaded, false);
    return chars;
  }

  /** Runs pattern {@code k} at {@code p} unless inside its previous match; counts a match. */
  void tryAt(int k, int p, int[] counts) {
    if (p < next[k]) {
      return;
    }
    Matcher m = matchers[k];
    if (!loaded[k]) {
      m.reset(text);
      loaded[k] = true;
    }
    m.region(p, text.length());
    if (m.lookingAt()) {
      counts[k]++;
      next[k] = Math.max(m.end(), p + 1);
    }
  }
}
