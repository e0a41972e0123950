package fr.sentinelle.models.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The ASCII prefixes of up to {@value #DEPTH} characters with which each of several cue patterns
 * may begin, for the positions whose first three characters already pass ({@link CueScanner}):
 * frequent words such as "the", "with", "was" begin cue phrases ("the next day", "within hours",
 * "wasn't sick") and would otherwise run the patterns at nearly every sentence. A prefix is kept
 * per pattern only while it is selective: once more than {@value #MAX_CHILDREN} characters may
 * follow it (a word that can end there, a "\w*" or "\W+": more than the letters an alternation
 * can branch into), the pattern is "open" there and longer prefixes are not looked at for it. Prefixes are packed 7 bits a character into a long and kept
 * in an open-addressing table with two bit sets per entry (patterns it may begin, patterns open).
 */
final class LongerCuePrefixes {
  static final int DEPTH = 8;
  private static final int MAX_CHILDREN = 40;

  private final long[] keys;
  /** Per slot: bits 0-15 the patterns the prefix may begin, bits 16-31 those open there; 0 = empty slot. */
  private final int[] masks;
  private final int mask;

  LongerCuePrefixes(CuePattern[] cues) {
    if (cues.length > 16) {
      throw new IllegalArgumentException("at most 16 cue patterns, got " + cues.length);
    }
    List<Long> foundKeys = new ArrayList<>();
    List<Integer> foundMasks = new ArrayList<>();
    List<String> level = new ArrayList<>(List.of(""));
    List<Integer> levelAlive = new ArrayList<>(List.of((1 << cues.length) - 1));
    for (int depth = 1; depth <= DEPTH && !level.isEmpty(); depth++) {
      List<String> nextLevel = new ArrayList<>();
      List<Integer> nextAlive = new ArrayList<>();
      for (int i = 0; i < level.size(); i++) {
        String prefix = level.get(i);
        int[] children = new int[128];
        int[] childCount = new int[cues.length];
        for (char c = 0; c < 128; c++) {
          for (int k = 0; k < cues.length; k++) {
            if ((levelAlive.get(i) & 1 << k) != 0 && cues[k].mayBegin(prefix + c)) {
              children[c] |= 1 << k;
              childCount[k]++;
            }
          }
        }
        for (char c = 0; c < 128; c++) {
          if (children[c] != 0) {
            int open = 0;
            for (int k = 0; k < cues.length; k++) {
              open |= childCount[k] > MAX_CHILDREN || depth == DEPTH ? children[c] & 1 << k : 0;
            }
            foundKeys.add(pack(prefix + c));
            foundMasks.add(children[c] | open << 16);
            if ((children[c] & ~open) != 0) {
              nextLevel.add(prefix + c);
              nextAlive.add(children[c] & ~open);
            }
          }
        }
      }
      level = nextLevel;
      levelAlive = nextAlive;
    }
    int capacity = Integer.highestOneBit(Math.max(4, foundKeys.size() * 2 - 1)) << 1;
    keys = new long[capacity];
    masks = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < foundKeys.size(); i++) {
      int slot = spread(foundKeys.get(i)) & mask;
      while (masks[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = foundKeys.get(i);
      masks[slot] = foundMasks.get(i);
    }
  }

  /**
   * Of the patterns in {@code candidates}, those that may begin at {@code chars[p]}, judged on its
   * ASCII characters up to {@value #DEPTH} (the first three are known to be ASCII).
   */
  int filter(char[] chars, int length, int p, int candidates) {
    long key = 1;
    int open = 0;
    int alive = candidates;
    for (int j = 0; j < DEPTH && (alive & ~open) != 0 && p + j < length; j++) {
      char c = chars[p + j];
      if (c >= 128) {
        break;
      }
      key = key << 7 | c;
      int entry = lookup(key);
      alive &= entry | open;
      open |= entry >>> 16 & alive;
    }
    return alive;
  }

  /** How many prefixes are kept (for tests and curiosity). */
  int size() {
    int n = 0;
    for (int m : masks) {
      n += m != 0 ? 1 : 0;
    }
    return n;
  }

  private int lookup(long key) {
    for (int slot = spread(key) & mask; masks[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return masks[slot];
      }
    }
    return 0;
  }

  /** 7 bits a character after a leading 1, so prefixes of different lengths never share a key. */
  private static long pack(String prefix) {
    long key = 1;
    for (int i = 0; i < prefix.length(); i++) {
      key = key << 7 | prefix.charAt(i);
    }
    return key;
  }

  private static int spread(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }
}
