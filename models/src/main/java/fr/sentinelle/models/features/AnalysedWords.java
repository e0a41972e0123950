package fr.sentinelle.models.features;

import fr.sentinelle.models.text.LanguageDetector;
import fr.sentinelle.models.text.ReviewAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One text's analysed words as ids of a per-thread {@link WordDictionary} (one instance per
 * thread), so n-grams are counted and looked up by ids rather than by Strings. The review analysis
 * runs Lucene's tokenizer on the text, then its filters only on tokens not met before
 * ({@link TokenMemo}): the same words as the whole analyzer, for a fraction of its cost.
 */
final class AnalysedWords {
  private static final String FIELD = "text";
  /** Past this many distinct words or tokens, both memories start again (between two texts), so memory stays bounded. */
  static final int MEMORY_LIMIT = 1 << 16;
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int e = 1; e < POW31.length; e++) {
      POW31[e] = POW31[e - 1] * 31;
    }
  }

  private final WordDictionary dictionary = new WordDictionary();
  /** One memo per analysis chain (language, stop words or not), indexed as in {@link #analyse(String, boolean, String)}. */
  private final TokenMemo[] memos = {new TokenMemo(), new TokenMemo(), new TokenMemo(), new TokenMemo()};
  private int[] id = new int[128];
  private int size;
  private boolean anySpace;
  /** One token's words while its analysis is remembered. */
  private int[] tokenWords = new int[8];
  /** Each word's id in {@link #idOwner}'s words, filled on the first lookup of a text. */
  private int[] modelIds = new int[128];
  private WordNgramTable idOwner;

  /** The words {@code ReviewAnalyzers.forLanguage(language, removeStopWords)} makes of {@code text}; replaces the previous text's. */
  void analyse(String language, boolean removeStopWords, String text) {
    begin();
    TokenMemo memo = memos[(LanguageDetector.FRENCH.equals(language) ? 1 : 0) | (removeStopWords ? 2 : 0)];
    Analyzer perToken = ReviewAnalyzers.perToken(language, removeStopWords);
    try (TokenStream stream = ReviewAnalyzers.tokenizer().tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int token = memo.find(term.buffer(), term.length());
        if (token < 0) {
          // Copied first: the token's analysis below does not touch this stream's term buffer.
          int count = analyseToken(perToken, new String(term.buffer(), 0, term.length()));
          token = memo.remember(tokenWords, count);
        }
        for (int k = memo.firstWord(token), end = k + memo.wordCount(token); k < end; k++) {
          append(memo.word(k));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
  }

  /** The words {@code analyzer} makes of {@code text}, every token analysed (any analyzer); replaces the previous text's. */
  void analyse(Analyzer analyzer, String text) {
    begin();
    int count = analyseToken(analyzer, text);
    for (int k = 0; k < count; k++) {
      append(tokenWords[k]);
    }
  }

  int size() {
    return size;
  }

  /** Every word id is below this (ids stay small: they count the distinct words met since the memory last started again). */
  int idLimit() {
    return dictionary.size();
  }

  /** Id of word {@code i}: equal words have equal ids. */
  int id(int i) {
    return id[i];
  }

  /** Word {@code i} as a String (for the rarely used character n-grams). */
  String word(int i) {
    return new String(dictionary.chars(), dictionary.start(id[i]), dictionary.length(id[i]));
  }

  /** Whether a word contains a space (then n-gram names do not split back into words). */
  boolean anyWordHasSpace() {
    return anySpace;
  }

  /** Word {@code i}'s id among {@code table}'s words (-1 when it has none). */
  int modelWordId(int i, WordNgramTable table) {
    return modelWordIds(table)[i];
  }

  /** Each word's id among {@code table}'s words (-1 when it has none), by position in the text. */
  int[] modelWordIds(WordNgramTable table) {
    if (idOwner != table) {
      if (modelIds.length < size) {
        modelIds = new int[Math.max(size, 2 * modelIds.length)];
      }
      for (int k = 0; k < size; k++) {
        modelIds[k] = dictionary.modelId(id[k], table);
      }
      idOwner = table;
    }
    return modelIds;
  }

  int length(int i) {
    return dictionary.length(id[i]);
  }

  /** Word {@code i}'s String.hashCode(). */
  int stringHash(int i) {
    return dictionary.hash(id[i]);
  }

  /** Whether word {@code i} is spelled at {@code key[at…]}. */
  boolean sameChars(int i, char[] key, int at) {
    // A plain loop: words are short, and Arrays.equals' vectorised mismatch costs more to set up than it saves here.
    char[] chars = dictionary.chars();
    int from = dictionary.start(id[i]);
    for (int k = 0, n = dictionary.length(id[i]); k < n; k++) {
      if (chars[from + k] != key[at + k]) {
        return false;
      }
    }
    return true;
  }

  /** Copies word {@code i} to {@code target[at…]}; returns the position after it. */
  int copyChars(int i, char[] target, int at) {
    int n = dictionary.length(id[i]);
    System.arraycopy(dictionary.chars(), dictionary.start(id[i]), target, at, n);
    return at + n;
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

  private void begin() {
    size = 0;
    anySpace = false;
    idOwner = null;
    int remembered = 0;
    for (TokenMemo memo : memos) {
      remembered += memo.size();
    }
    if (dictionary.size() > MEMORY_LIMIT || remembered > MEMORY_LIMIT) {
      // The memos hold dictionary ids: all go together.
      dictionary.clear();
      for (TokenMemo memo : memos) {
        memo.clear();
      }
    }
  }

  /** Runs {@code analyzer} over {@code input}; its words' ids go to {@link #tokenWords}; returns how many. */
  private int analyseToken(Analyzer analyzer, String input) {
    int count = 0;
    try (TokenStream stream = analyzer.tokenStream(FIELD, input)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (count == tokenWords.length) {
          tokenWords = Arrays.copyOf(tokenWords, 2 * count);
        }
        tokenWords[count++] = dictionary.idOf(term.buffer(), 0, term.length());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    return count;
  }

  private void append(int word) {
    if (size == id.length) {
      id = Arrays.copyOf(id, 2 * size);
    }
    id[size++] = word;
    anySpace |= dictionary.hasSpace(word);
  }
}
