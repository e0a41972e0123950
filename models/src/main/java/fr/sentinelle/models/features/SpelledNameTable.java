package fr.sentinelle.models.features;

import java.util.Arrays;
import java.util.List;

/**
 * Feature names looked up by their characters (no String made per lookup): open addressing with
 * linear probing over String's own hash. Immutable once built.
 */
final class SpelledNameTable {
  private final char[][] keys;
  /** Per slot, its key's hash then its position, side by side so a probe reads one cache line. */
  private final int[] hashesAndPositions;
  private final int mask;

  /** Indexes {@code names}; a name's position is its index in the list. Names must be distinct. */
  SpelledNameTable(List<String> names) {
    int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2 - 1)) << 1;
    keys = new char[capacity][];
    hashesAndPositions = new int[2 * capacity];
    mask = capacity - 1;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int h = name.hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        if (name.equals(new String(keys[slot]))) {
          throw new IllegalArgumentException("duplicate feature name " + name);
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = name.toCharArray();
      hashesAndPositions[2 * slot] = h;
      hashesAndPositions[2 * slot + 1] = i;
    }
  }

  /** The position of {@code name}, or -1 when it is not in the index. */
  int positionOf(FeatureName name) {
    int h = name.stringHash();
    int slot = spread(h) & mask;
    char[] key;
    while ((key = keys[slot]) != null) {
      if (hashesAndPositions[2 * slot] == h && name.contentEquals(key)) {
        return hashesAndPositions[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
