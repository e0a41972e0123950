package fr.sentinelle.models.features;

import java.util.Arrays;

/**
 * The distinct analysed words one thread has met (one instance per {@link AnalysedWords}), each
 * with an id kept from text to text, its String hash, and its id among a model's words once looked
 * up: a word is then found in the model once, not once per text.
 */
final class WordDictionary {
  private final CharTable words = new CharTable();
  private boolean[] hasSpace = new boolean[512];
  /** Per word, its id in the {@link WordNgramTable} whose serial is in {@link #modelStamp} (0: none looked up yet). */
  private int[] modelId = new int[512];
  private int[] modelStamp = new int[512];

  /** The id of the word {@code chars[from…from+count)}, added when new. */
  int idOf(char[] chars, int from, int count) {
    int h = CharTable.hash(chars, from, count);
    int id = words.find(chars, from, count, h);
    if (id >= 0) {
      return id;
    }
    id = words.add(chars, from, count, h);
    if (id == hasSpace.length) {
      hasSpace = Arrays.copyOf(hasSpace, 2 * id);
      modelId = Arrays.copyOf(modelId, 2 * id);
      modelStamp = Arrays.copyOf(modelStamp, 2 * id);
    }
    boolean space = false;
    for (int k = from; k < from + count; k++) {
      space |= chars[k] == ' ';
    }
    hasSpace[id] = space;
    modelStamp[id] = 0;
    return id;
  }

  /** Word {@code id}'s id among {@code table}'s words, -1 when none of its names uses it. */
  int modelId(int id, WordNgramTable table) {
    if (modelStamp[id] != table.serial()) {
      modelId[id] = table.wordId(words.chars(), words.start(id), words.length(id), words.hash(id));
      modelStamp[id] = table.serial();
    }
    return modelId[id];
  }

  boolean hasSpace(int id) {
    return hasSpace[id];
  }

  char[] chars() {
    return words.chars();
  }

  int start(int id) {
    return words.start(id);
  }

  int length(int id) {
    return words.length(id);
  }

  int hash(int id) {
    return words.hash(id);
  }

  int size() {
    return words.size();
  }

  void clear() {
    words.clear();
  }
}
