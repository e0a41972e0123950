package fr.sentinelle.models.features;

import java.util.Arrays;

/**
 * The name of the feature being handed to a {@link FeatureSink}, reused from feature to feature.
 * A word n-gram's name ("2g:" + words joined by spaces) is kept as a reference to the analysed
 * words, with its String hash composed from theirs: a lookup that misses (most n-grams of a text
 * are unknown to a model) never spells it out. Training spells every name with {@link #toString()}.
 */
public final class FeatureName implements CharSequence {
  private char[] chars = new char[64];
  private int length;
  /** The n-gram this name stands for, while {@link #spelled} is false. */
  private AnalysedWords words;
  private String prefix;
  private int start;
  private int n;
  private int hash;
  private boolean spelled = true;
  /** Whether {@link #hash} and {@link #length} are worked out for the n-gram this name stands for. */
  private boolean composed;

  /** Replaces the name by {@code name}. */
  FeatureName set(String name) {
    spelled = true;
    length = 0;
    int count = name.length();
    ensure(count);
    name.getChars(0, count, chars, 0);
    length = count;
    hash = name.hashCode();
    return this;
  }

  /** Replaces the name by {@code prefix} followed by words {@code start} to {@code start + n - 1} joined by spaces. */
  FeatureName setNgram(String prefix, AnalysedWords words, int start, int n) {
    spelled = false;
    composed = false;
    this.prefix = prefix;
    this.words = words;
    this.start = start;
    this.n = n;
    return this;
  }

  /** The hash and length of an n-gram name, worked out only when asked: a lookup by word ids needs neither. */
  private void compose() {
    if (composed || spelled) {
      return;
    }
    // String.hashCode of a concatenation: hash(a + b) = hash(a) * 31^length(b) + hash(b), modulo 2^32.
    int h = prefix.hashCode();
    int total = prefix.length();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        h = 31 * h + ' ';
        total++;
      }
      h = h * AnalysedWords.pow31(words.length(start + k)) + words.stringHash(start + k);
      total += words.length(start + k);
    }
    hash = h;
    length = total;
    composed = true;
  }

  /** The analysed words of the word n-gram this name stands for, or null when it is spelled out. */
  AnalysedWords ngramWords() {
    return spelled ? null : words;
  }

  int ngramStart() {
    return start;
  }

  int ngramLength() {
    return n;
  }

  /** The same hash as {@link String#hashCode()} of {@link #toString()}. */
  public int stringHash() {
    compose();
    return hash;
  }

  /** Whether this name spells {@code key}. */
  boolean contentEquals(char[] key) {
    compose();
    if (key.length != length) {
      return false;
    }
    if (spelled) {
      return Arrays.equals(chars, 0, length, key, 0, length);
    }
    int at = prefix.length();
    for (int i = 0; i < at; i++) {
      if (key[i] != prefix.charAt(i)) {
        return false;
      }
    }
    for (int k = 0; k < n; k++) {
      if (k > 0 && key[at++] != ' ') {
        return false;
      }
      if (!words.sameChars(start + k, key, at)) {
        return false;
      }
      at += words.length(start + k);
    }
    return true;
  }

  @Override
  public int length() {
    compose();
    return length;
  }

  @Override
  public char charAt(int index) {
    spell();
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    spell();
    return new String(chars, 0, length);
  }

  private void spell() {
    if (spelled) {
      return;
    }
    compose();
    ensure(length);
    int at = prefix.length();
    prefix.getChars(0, at, chars, 0);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        chars[at++] = ' ';
      }
      at = words.copyChars(start + k, chars, at);
    }
    spelled = true;
  }

  private void ensure(int capacity) {
    if (capacity > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(capacity, 2 * chars.length));
    }
  }
}
