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
  /** The slot of each distinct n-gram of the last count, to empty them before the next. */
  private int[] slots = new int[128];
  private int filledSlots;
  /** Single words are counted by their ids, which are small: per id, the count that last saw it and its index there. */
  private int[] seenInCount = new int[1024];
  private int[] indexOfWord = new int[1024];
  private int counts;
  private int distinct;

  /** Counts the n-grams of {@code words}; returns how many distinct ones there are. */
  int count(AnalysedWords words, int n) {
    if (n == 1) {
      return countWords(words);
    }
    int runs = Math.max(0, words.size() - n + 1);
    int capacity = Integer.highestOneBit(Math.max(8, runs * 2 - 1)) << 1;
    if (table.length < capacity) {
      table = new int[capacity];
    } else {
      capacity = table.length;
      // Empties only the slots the last count filled: the table keeps the size of the longest text seen.
      for (int d = 0; d < filledSlots; d++) {
        table[slots[d]] = 0;
      }
    }
    if (firstStart.length < runs) {
      firstStart = new int[runs];
      occurrences = new int[runs];
    }
    if (slots.length < runs) {
      slots = new int[runs];
    }
    int mask = capacity - 1;
    distinct = 0;
    filledSlots = 0;
    for (int s = 0; s < runs; s++) {
      int slot = hash(words, s, n) & mask;
      while (true) {
        int entry = table[slot];
        if (entry == 0) {
          table[slot] = distinct + 1;
          slots[filledSlots++] = slot;
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

  /** The single words: ids are below {@link AnalysedWords#idLimit()}, so an array indexed by id replaces the hash table. */
  private int countWords(AnalysedWords words) {
    int size = words.size();
    if (seenInCount.length < words.idLimit()) {
      seenInCount = new int[Math.max(words.idLimit(), 2 * seenInCount.length)];
      indexOfWord = new int[seenInCount.length];
      counts = 0;
    }
    if (firstStart.length < size) {
      firstStart = new int[size];
      occurrences = new int[size];
    }
    if (++counts == Integer.MAX_VALUE) {
      Arrays.fill(seenInCount, 0);
      counts = 1;
    }
    distinct = 0;
    for (int s = 0; s < size; s++) {
      int id = words.id(s);
      if (seenInCount[id] != counts) {
        seenInCount[id] = counts;
        indexOfWord[id] = distinct;
        firstStart[distinct] = s;
        occurrences[distinct++] = 1;
      } else {
        occurrences[indexOfWord[id]]++;
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
