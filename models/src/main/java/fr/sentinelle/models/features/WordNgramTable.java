package fr.sentinelle.models.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The word n-gram names of a feature set ("w:a", "2g:a b"…) keyed by word ids rather than by
 * characters: each distinct word of those names gets an id, each n-gram is its sequence of ids.
 * A thread's words are looked up once each ({@link WordDictionary} remembers their ids here); a
 * text's single words are then found by their id alone, its two- and three-word n-grams by one
 * probe of their packed ids ({@link PackedNgramTable}), longer ones by comparing a few ints, and
 * an n-gram with a word no name uses is known to be absent without a probe. Only names made of
 * words without spaces are here (joined by single spaces, they split back unambiguously).
 * Immutable once built.
 */
final class WordNgramTable {
  private static final int UNKNOWN = -1;
  private static final AtomicInteger SERIALS = new AtomicInteger();

  /** Tells tables apart in the words' memoised model ids ({@link WordDictionary}); never 0. */
  private final int serial = nextSerial();
  /** Per word id, the position of its unigram name "w:word", or -1: a word's unigram needs no probe. */
  private final int[] unigramPositions;
  /** The two- and three-word n-grams by packed ids, or null when there are too many words to pack. */
  private final PackedNgramTable packed;

  /** Word characters by word id, and the word lookup table (slot holds word id + 1, 0 = empty). */
  private final char[][] words;
  private final int[] wordHashes;
  private final int[] wordSlots;
  private final int wordMask;
  /** Per n-gram slot: hash, position, offset of its ids in {@link #ids}, n (0 = empty slot). */
  private final int[] grams;
  private final int[] ids;
  private final int gramMask;

  /** {@code names.get(i)} has position i; names that are not word n-grams are left out. */
  WordNgramTable(List<String> names) {
    Map<String, Integer> wordIds = new HashMap<>();
    List<int[]> gramIds = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int position = 0; position < names.size(); position++) {
      String[] parts = parts(names.get(position));
      if (parts == null) {
        continue;
      }
      int[] sequence = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        sequence[k] = wordIds.computeIfAbsent(parts[k], w -> wordIds.size());
      }
      gramIds.add(sequence);
      positions.add(position);
    }
    words = new char[wordIds.size()][];
    wordIds.forEach((word, id) -> words[id] = word.toCharArray());
    int wordCapacity = capacity(words.length);
    wordHashes = new int[words.length];
    wordSlots = new int[wordCapacity];
    wordMask = wordCapacity - 1;
    for (int id = 0; id < words.length; id++) {
      wordHashes[id] = new String(words[id]).hashCode();
      int slot = spread(wordHashes[id]) & wordMask;
      while (wordSlots[slot] != 0) {
        slot = (slot + 1) & wordMask;
      }
      wordSlots[slot] = id + 1;
    }
    packed = words.length <= PackedNgramTable.MAX_WORDS
        ? new PackedNgramTable(gramIds.toArray(int[][]::new), positions.stream().mapToInt(Integer::intValue).toArray())
        : null;
    unigramPositions = new int[words.length];
    Arrays.fill(unigramPositions, -1);
    int gramCapacity = capacity(gramIds.size());
    grams = new int[4 * gramCapacity];
    gramMask = gramCapacity - 1;
    ids = new int[gramIds.stream().mapToInt(g -> g.length).sum()];
    int offset = 0;
    for (int g = 0; g < gramIds.size(); g++) {
      int[] sequence = gramIds.get(g);
      System.arraycopy(sequence, 0, ids, offset, sequence.length);
      if (sequence.length == 1) {
        unigramPositions[sequence[0]] = positions.get(g);
      }
      int h = hash(sequence, sequence.length);
      int slot = h & gramMask;
      while (grams[4 * slot + 3] != 0) {
        slot = (slot + 1) & gramMask;
      }
      grams[4 * slot] = h;
      grams[4 * slot + 1] = positions.get(g);
      grams[4 * slot + 2] = offset;
      grams[4 * slot + 3] = sequence.length;
      offset += sequence.length;
    }
  }

  /** The position of the n-gram {@code name} stands for (a lazily spelled word n-gram), or -1. */
  int positionOf(FeatureName name, AnalysedWords text, int start, int n) {
    int[] ids = text.modelWordIds(this);
    if (n == 1) {
      int id = ids[start];
      return id == UNKNOWN ? -1 : unigramPositions[id];
    }
    if (packed != null && n <= 3) {
      int a = ids[start];
      int b = ids[start + 1];
      int c = n == 3 ? ids[start + 2] : 0;
      if (a == UNKNOWN || b == UNKNOWN || c == UNKNOWN) {
        return -1;
      }
      return packed.positionOf(n == 2 ? PackedNgramTable.key(a, b) : PackedNgramTable.key(a, b, c));
    }
    int h = n;
    for (int k = 0; k < n; k++) {
      int id = text.modelWordId(start + k, this);
      if (id == UNKNOWN) {
        return -1;
      }
      h = mix(h, id);
    }
    h = finish(h);
    int slot = h & gramMask;
    while (grams[4 * slot + 3] != 0) {
      if (grams[4 * slot] == h && grams[4 * slot + 3] == n && sameIds(grams[4 * slot + 2], text, start, n)) {
        return grams[4 * slot + 1];
      }
      slot = (slot + 1) & gramMask;
    }
    return -1;
  }

  /** The id of the word {@code chars[from…from+length)} (String hash {@code h}) among this table's words, or -1 when no name uses it. */
  int wordId(char[] chars, int from, int length, int h) {
    int slot = spread(h) & wordMask;
    int entry;
    while ((entry = wordSlots[slot]) != 0) {
      int id = entry - 1;
      if (wordHashes[id] == h && Arrays.equals(words[id], 0, words[id].length, chars, from, from + length)) {
        return id;
      }
      slot = (slot + 1) & wordMask;
    }
    return UNKNOWN;
  }

  int serial() {
    return serial;
  }

  private static int nextSerial() {
    int serial;
    do {
      serial = SERIALS.incrementAndGet();
    } while (serial == 0);
    return serial;
  }

  /** The words of a word n-gram name, or null for any other name or a word n-gram that does not split back exactly. */
  static String[] parts(String name) {
    int n;
    String rest;
    if (name.startsWith("w:")) {
      n = 1;
      rest = name.substring(2);
    } else {
      int g = name.indexOf("g:");
      if (g <= 0 || !name.substring(0, g).matches("[1-9][0-9]{0,8}")) {
        return null;
      }
      n = Integer.parseInt(name.substring(0, g));
      rest = name.substring(g + 2);
      if (n < 2) {
        return null;
      }
    }
    String[] parts = rest.split(" ", -1);
    return parts.length == n ? parts : null;
  }

  private boolean sameIds(int offset, AnalysedWords text, int start, int n) {
    for (int k = 0; k < n; k++) {
      if (ids[offset + k] != text.modelWordId(start + k, this)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(int[] sequence, int n) {
    int h = n;
    for (int k = 0; k < n; k++) {
      h = mix(h, sequence[k]);
    }
    return finish(h);
  }

  private static int mix(int h, int id) {
    return (h + id) * 0x9E3779B1;
  }

  private static int finish(int h) {
    return h ^ (h >>> 15);
  }

  private static int capacity(int entries) {
    return Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
