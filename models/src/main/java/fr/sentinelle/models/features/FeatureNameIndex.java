package fr.sentinelle.models.features;

import java.util.List;

/**
 * A fixed set of feature names, each with its position in the list it was built from, looked up
 * straight from the {@link FeatureName} the extractor hands its sink: no String is made per
 * lookup. Word n-grams are found by the ids of their words ({@link WordNgramTable}); every other
 * name, and any n-gram of a text whose words contain a space, by its characters
 * ({@link SpelledNameTable}). Immutable once built, so safe to share between threads.
 */
public final class FeatureNameIndex {
  private final SpelledNameTable spelled;
  private final WordNgramTable ngrams;

  /** Indexes {@code names}; a name's position is its index in the list. Names must be distinct. */
  public FeatureNameIndex(List<String> names) {
    spelled = new SpelledNameTable(names);
    ngrams = new WordNgramTable(names);
  }

  /** The position of {@code name}, or -1 when it is not in the index. */
  public int positionOf(FeatureName name) {
    AnalysedWords words = name.ngramWords();
    if (words != null && !words.anyWordHasSpace()) {
      return ngrams.positionOf(name, words, name.ngramStart(), name.ngramLength());
    }
    return spelled.positionOf(name);
  }
}
