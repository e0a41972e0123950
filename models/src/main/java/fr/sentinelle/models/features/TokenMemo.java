package fr.sentinelle.models.features;

import java.util.Arrays;

/**
 * Remembers which analysed words each distinct token became under one analysis chain (one
 * instance per chain and thread, as {@link AnalysedWords}'s). Reviews reuse a small vocabulary,
 * so nearly every token has been seen before, and looking it up costs far less than Lucene's
 * filters (lower case, elision or possessive, stemmer, ASCII folding) on it again.
 */
final class TokenMemo {
  private final CharTable tokens = new CharTable();
  /** The token last looked up, for {@link #remember}. */
  private char[] lastToken;
  private int lastCount;
  private int lastHash;
  /** Per remembered token, where its words start in {@link #words} and how many there are (0: a removed stop word). */
  private int[] firstWord = new int[512];
  private int[] wordCount = new int[512];
  private int[] words = new int[512];
  private int wordsUsed;

  /** The id of {@code token[0…count)} when remembered, else -1; {@link #remember} then adds it. */
  int find(char[] token, int count) {
    lastToken = token;
    lastCount = count;
    lastHash = CharTable.hash(token, 0, count);
    return tokens.find(token, 0, count, lastHash);
  }

  /** Remembers that the token last given to {@link #find} (its array unchanged since) became {@code wordIds[0…count)}; returns its id. */
  int remember(int[] wordIds, int count) {
    int id = tokens.add(lastToken, 0, lastCount, lastHash);
    if (id == firstWord.length) {
      firstWord = Arrays.copyOf(firstWord, 2 * id);
      wordCount = Arrays.copyOf(wordCount, 2 * id);
    }
    if (wordsUsed + count > words.length) {
      words = Arrays.copyOf(words, Math.max(wordsUsed + count, 2 * words.length));
    }
    System.arraycopy(wordIds, 0, words, wordsUsed, count);
    firstWord[id] = wordsUsed;
    wordCount[id] = count;
    wordsUsed += count;
    return id;
  }

  int firstWord(int id) {
    return firstWord[id];
  }

  int wordCount(int id) {
    return wordCount[id];
  }

  /** The {@code k}-th remembered word id (from {@link #firstWord}). */
  int word(int k) {
    return words[k];
  }

  int size() {
    return tokens.size();
  }

  void clear() {
    tokens.clear();
    wordsUsed = 0;
  }
}
