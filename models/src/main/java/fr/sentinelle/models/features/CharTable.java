package fr.sentinelle.models.features;

import java.util.Arrays;

/**
 * A growing set of character sequences, each with an id 0, 1, 2… in order of addition and its
 * {@link String#hashCode()}, found from a char array without making a String (open addressing,
 * linear probing). Not thread-safe: each thread keeps its own.
 */
final class CharTable {
  private char[] chars = new char[4096];
  private int used;
  private int[] start = new int[512];
  private int[] length = new int[512];
  private int[] hash = new int[512];
  /** Slot holds id + 1; 0 is empty. */
  private int[] slots = new int[1024];
  /** 32 - log2(slots.length), for {@link #slot}. */
  private int shift = 32 - 10;
  private int size;

  /** The String hash of {@code key[from…from+count)}. */
  static int hash(char[] key, int from, int count) {
    int h = 0;
    for (int k = from, end = from + count; k < end; k++) {
      h = 31 * h + key[k];
    }
    return h;
  }

  /** The id of {@code key[from…from+count)} (whose String hash is {@code h}), or -1 when absent. */
  int find(char[] key, int from, int count, int h) {
    int mask = slots.length - 1;
    for (int slot = slot(h), entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
      int id = entry - 1;
      if (hash[id] == h && length[id] == count && sameChars(start[id], key, from, count)) {
        return id;
      }
    }
    return -1;
  }

  /** Adds {@code key[from…from+count)}, which must be absent, and returns its id. */
  int add(char[] key, int from, int count, int h) {
    if (size == start.length) {
      start = Arrays.copyOf(start, 2 * size);
      length = Arrays.copyOf(length, 2 * size);
      hash = Arrays.copyOf(hash, 2 * size);
    }
    if (used + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(used + count, 2 * chars.length));
    }
    System.arraycopy(key, from, chars, used, count);
    start[size] = used;
    length[size] = count;
    hash[size] = h;
    used += count;
    int id = size++;
    if (2 * size > slots.length) {
      slots = new int[2 * slots.length];
      shift--;
      for (int i = 0; i < size; i++) {
        place(i);
      }
    } else {
      place(id);
    }
    return id;
  }

  int size() {
    return size;
  }

  /** Forgets every sequence; ids start again from 0. */
  void clear() {
    Arrays.fill(slots, 0);
    size = 0;
    used = 0;
  }

  /** The characters of every sequence, sequence {@code id} at {@link #start(int)}. */
  char[] chars() {
    return chars;
  }

  int start(int id) {
    return start[id];
  }

  int length(int id) {
    return length[id];
  }

  int hash(int id) {
    return hash[id];
  }

  private boolean sameChars(int at, char[] key, int from, int count) {
    // A plain loop: keys are short words, and Arrays.equals' vectorised mismatch costs more to set up than it saves here.
    for (int k = 0; k < count; k++) {
      if (chars[at + k] != key[from + k]) {
        return false;
      }
    }
    return true;
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int slot = slot(hash[id]);
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = id + 1;
  }

  /**
   * The first slot for hash {@code h}: its top bits after a multiplication by the golden ratio
   * (Fibonacci hashing). String hashes of similar words are close numbers ("zq1a", "zq1b"…, or
   * figures): taken modulo the table size they would fill runs of adjacent slots, and linear
   * probing would then walk those runs (measured: a quarter of the scoring time with one new word
   * per review).
   */
  private int slot(int h) {
    return (h * 0x9E3779B1) >>> shift;
  }
}
