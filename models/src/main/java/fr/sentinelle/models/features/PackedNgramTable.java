package fr.sentinelle.models.features;

/**
 * The two- and three-word n-grams of a {@link WordNgramTable}, keyed by their model word ids
 * packed into one long (21 bits a word): a lookup is one probe comparing one long, where the
 * general table compares a hash, then the ids one by one. Immutable once built.
 */
final class PackedNgramTable {
  /** Word ids must fit in 21 bits for three of them to pack into a long. */
  static final int MAX_WORDS = 1 << 21;

  private final long[] keys;
  /** Per slot, the n-gram's position + 1; 0 = empty slot. */
  private final int[] positions;
  private final int mask;

  /** {@code sequences[g]} (two or three word ids below {@link #MAX_WORDS}) has position {@code gramPositions[g]}. */
  PackedNgramTable(int[][] sequences, int[] gramPositions) {
    int count = 0;
    for (int[] sequence : sequences) {
      count += sequence.length == 2 || sequence.length == 3 ? 1 : 0;
    }
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    keys = new long[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int g = 0; g < sequences.length; g++) {
      int[] s = sequences[g];
      if (s.length == 2 || s.length == 3) {
        long key = s.length == 2 ? key(s[0], s[1]) : key(s[0], s[1], s[2]);
        int slot = slot(key);
        while (positions[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        positions[slot] = gramPositions[g] + 1;
      }
    }
  }

  static long key(int first, int second) {
    return (long) first << 21 | second;
  }

  /** Bit 63 set: never equal to a two-word key. */
  static long key(int first, int second, int third) {
    return 1L << 63 | (long) first << 42 | (long) second << 21 | third;
  }

  /** The position of the n-gram with {@code key}, or -1. */
  int positionOf(long key) {
    for (int slot = slot(key); positions[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return positions[slot] - 1;
      }
    }
    return -1;
  }

  private int slot(long key) {
    return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
  }
}
