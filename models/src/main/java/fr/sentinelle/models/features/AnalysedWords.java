package fr.sentinelle.models.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One text's analysed words, kept as characters in reusable buffers (one instance per thread), each
 * with a small id shared by equal words of the text, so n-grams can be counted by ids rather than
 * by Strings.
 */
final class AnalysedWords {
  private static final String FIELD = "text";
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int e = 1; e < POW31.length; e++) {
      POW31[e] = POW31[e - 1] * 31;
    }
  }

  private char[] chars = new char[1024];
  private int[] start = new int[128];
  private int[] length = new int[128];
  private int[] id = new int[128];
  /** Each word's String.hashCode(), for composing n-gram name hashes. */
  private int[] hash = new int[128];
  private int[] table = new int[256];
  private int size;
  private int used;
  private int distinct;
  private boolean anySpace;
  /** Each distinct word's id in {@link #idOwner}'s words, filled as asked (UNSET until then). */
  private int[] modelIds = new int[128];
  private WordNgramTable idOwner;
  private static final int UNSET = -2;

  /** Runs {@code analyzer} over {@code text} and keeps its terms; replaces the previous text's words. */
  void analyse(Analyzer analyzer, String text) {
    size = 0;
    used = 0;
    anySpace = false;
    idOwner = null;
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        add(term.buffer(), term.length());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    assignIds();
  }

  int size() {
    return size;
  }

  /** Id of word {@code i}: equal words of the text have equal ids. */
  int id(int i) {
    return id[i];
  }

  /** Word {@code i} as a String (for the rarely used character n-grams). */
  String word(int i) {
    return new String(chars, start[i], length[i]);
  }

  /** Whether a word contains a space (then n-gram names do not split back into words). */
  boolean anyWordHasSpace() {
    return anySpace;
  }

  /** Word {@code i}'s id among {@code table}'s words (-1 when it has none), looked up once per distinct word of the text. */
  int modelWordId(int i, WordNgramTable table) {
    if (idOwner != table) {
      if (modelIds.length < distinct) {
        modelIds = new int[Math.max(distinct, 2 * modelIds.length)];
      }
      Arrays.fill(modelIds, 0, distinct, UNSET);
      idOwner = table;
    }
    int local = id[i];
    int modelId = modelIds[local];
    if (modelId == UNSET) {
      modelId = table.wordId(this, i);
      modelIds[local] = modelId;
    }
    return modelId;
  }

  int length(int i) {
    return length[i];
  }

  /** Word {@code i}'s String.hashCode(). */
  int stringHash(int i) {
    return hash[i];
  }

  /** Whether word {@code i} is spelled at {@code key[at…]}. */
  boolean sameChars(int i, char[] key, int at) {
    // A plain loop: words are short, and Arrays.equals' vectorised mismatch costs more to set up than it saves here.
    int from = start[i];
    for (int k = 0, n = length[i]; k < n; k++) {
      if (chars[from + k] != key[at + k]) {
        return false;
      }
    }
    return true;
  }

  /** Copies word {@code i} to {@code target[at…]}; returns the position after it. */
  int copyChars(int i, char[] target, int at) {
    System.arraycopy(chars, start[i], target, at, length[i]);
    return at + length[i];
  }

  /** 31 to the power {@code exponent}, modulo 2^32 (String.hashCode's arithmetic). */
  static int pow31(int exponent) {
    if (exponent < POW31.length) {
      return POW31[exponent];
    }
    int p = POW31[POW31.length - 1];
    for (int e = POW31.length - 1; e < exponent; e++) {
      p *= 31;
    }
    return p;
  }

  private void add(char[] term, int termLength) {
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      length = Arrays.copyOf(length, size * 2);
      id = Arrays.copyOf(id, size * 2);
      hash = Arrays.copyOf(hash, size * 2);
    }
    if (used + termLength > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(used + termLength, chars.length * 2));
    }
    System.arraycopy(term, 0, chars, used, termLength);
    int h = 0;
    for (int k = 0; k < termLength; k++) {
      char c = term[k];
      h = 31 * h + c;
      anySpace |= c == ' ';
    }
    hash[size] = h;
    start[size] = used;
    length[size] = termLength;
    used += termLength;
    size++;
  }

  /** Gives each distinct word an id 0, 1, 2… in order of first appearance (open addressing on the characters). */
  private void assignIds() {
    int capacity = Integer.highestOneBit(Math.max(8, size * 2 - 1)) << 1;
    if (table.length < capacity) {
      table = new int[capacity];
    } else {
      capacity = table.length;
      Arrays.fill(table, 0);
    }
    int mask = capacity - 1;
    distinct = 0;
    for (int i = 0; i < size; i++) {
      int slot = (hash[i] ^ (hash[i] >>> 16)) & mask;
      while (true) {
        int entry = table[slot];
        if (entry == 0) {
          table[slot] = i + 1;
          id[i] = distinct++;
          break;
        }
        if (sameWord(entry - 1, i)) {
          id[i] = id[entry - 1];
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private boolean sameWord(int a, int b) {
    return Arrays.equals(chars, start[a], start[a] + length[a], chars, start[b], start[b] + length[b]);
  }
}
