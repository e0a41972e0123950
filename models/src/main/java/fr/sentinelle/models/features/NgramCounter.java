package fr.sentinelle.models.features;

import java.util.Arrays;

/**
 * Counts the distinct runs of n consecutive words of a text by their word ids (reusable, one per
 * thread). After {@link #count}, distinct n-gram {@code d} first starts at word {@link #start(int)}
 * and occurs {@link #occurrences(int)} times.
 */
final class NgramCounter {
  private int[] firstStart = new int[128];
  private int[] occurrences = new int[128];
  private int[] table = new int[256];
  private int distinct;

  /** Counts the n-grams of {@code words}; returns how many distinct ones there are. */
  int count(AnalysedWords words, int n) {
    int runs = Math.max(0, words.size() - n + 1);
    int capacity = Integer.highestOneBit(Math.max(8, runs * 2 - 1)) << 1;
    if (table.length < capacity) {
      table = new int[capacity];
    } else {
      capacity = table.length;
      Arrays.fill(table, 0);
    }
    if (firstStart.length < runs) {
      firstStart = new int[runs];
      occurrences = new int[runs];
    }
    int mask = capacity - 1;
    distinct = 0;
    for (int s = 0; s < runs; s++) {
      int slot = hash(words, s, n) & mask;
      while (true) {
        int entry = table[slot];
        if (entry == 0) {
          table[slot] = distinct + 1;
          firstStart[distinct] = s;
          occurrences[distinct++] = 1;
          break;
        }
        if (same(words, firstStart[entry - 1], s, n)) {
          occurrences[entry - 1]++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return distinct;
  }

  int start(int d) {
    return firstStart[d];
  }

  int occurrences(int d) {
    return occurrences[d];
  }

  private static int hash(AnalysedWords words, int s, int n) {
    int h = 1;
    for (int k = 0; k < n; k++) {
      h = 0x9E3779B1 * (h + words.id(s + k));
    }
    return h ^ (h >>> 15);
  }

  private static boolean same(AnalysedWords words, int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if (words.id(a + k) != words.id(b + k)) {
        return false;
      }
    }
    return true;
  }
}
