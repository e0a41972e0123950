package fr.sentinelle.models.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Tells French from English by counting words of Lucene's French and English stop-word sets
 * (minus the words both languages share). Reviews reach us in one of these two languages; no
 * network, no model file, a few microseconds per review.
 */
public final class LanguageDetector {
  public static final String FRENCH = "fr";
  public static final String ENGLISH = "en";

  private static final CharArraySet FRENCH_WORDS = exclusive(FrenchAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  private static final CharArraySet ENGLISH_WORDS = exclusive(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FrenchAnalyzer.getDefaultStopSet());
  // Lucene's English set is short; these frequent English words make short reviews decidable.
  private static final CharArraySet MORE_ENGLISH = words("i", "we", "my", "our", "you", "he", "she", "had", "have",
      "were", "after", "from", "got", "very", "so", "all", "food", "what", "would", "just", "get", "here", "ate", "place");
  // Same for French: common words missing from the stop set or kept out of it by length.
  private static final CharArraySet MORE_FRENCH = words("très", "tres", "après", "apres", "bien", "bon", "bonne",
      "tout", "tous", "avons", "était", "etait", "nous", "resto", "plat", "plats", "mais", "avec", "fait");

  private LanguageDetector() {}

  /** "fr" or "en"; French when there is no evidence either way (Sentinelle's feeds are mostly French). */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return FRENCH;
    }
    // Words are the runs of letters and apostrophes (as split("[^\\p{L}']+") gives them), read in place.
    char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
    int french = 0;
    int english = 0;
    int i = 0;
    while (i < chars.length) {
      int start = i;
      while (i < chars.length && isWordCodePoint(Character.codePointAt(chars, i))) {
        i += Character.charCount(Character.codePointAt(chars, i));
      }
      if (i == start) {
        i += Character.charCount(Character.codePointAt(chars, i));
        continue;
      }
      int vote = vote(chars, start, i - start);
      if (vote > 0) {
        french++;
      } else if (vote < 0) {
        english++;
      }
    }
    return english > french ? ENGLISH : FRENCH;
  }

  /** +1 for a French word, -1 for an English one, 0 for neither. */
  static int vote(char[] chars, int start, int length) {
    int apostrophe = indexOf(chars, start, length, '\'');
    if (apostrophe > 0) {
      // "l'eau", "j'ai" are French; "didn't", "it's" are English.
      boolean french = apostrophe == 1 && "ldjnmtsc".indexOf(chars[start]) >= 0
          || apostrophe == 2 && chars[start] == 'q' && chars[start + 1] == 'u';
      return french ? 1 : -1;
    }
    if (length > 1 && FRENCH_WORDS.contains(chars, start, length) || MORE_FRENCH.contains(chars, start, length)
        || length == 1 && chars[start] == 'à') {
      return 1;
    }
    return ENGLISH_WORDS.contains(chars, start, length) || MORE_ENGLISH.contains(chars, start, length) ? -1 : 0;
  }

  private static boolean isWordCodePoint(int codePoint) {
    return codePoint == '\'' || Character.isLetter(codePoint);
  }

  private static int indexOf(char[] chars, int start, int length, char c) {
    for (int k = 0; k < length; k++) {
      if (chars[start + k] == c) {
        return k;
      }
    }
    return -1;
  }

  /** "fr" or "en" from an explicit tag (any case, "fr-FR" too), or detection when absent or unknown. */
  public static String resolve(String languageOrNull, String text) {
    if (FRENCH.equals(languageOrNull) || ENGLISH.equals(languageOrNull)) {
      return languageOrNull.equals(FRENCH) ? FRENCH : ENGLISH;
    }
    if (languageOrNull != null) {
      String tag = languageOrNull.trim().toLowerCase(Locale.ROOT);
      if (tag.startsWith(FRENCH)) {
        return FRENCH;
      }
      if (tag.startsWith(ENGLISH)) {
        return ENGLISH;
      }
    }
    return detect(text);
  }

  private static CharArraySet words(String... words) {
    return CharArraySet.unmodifiableSet(new CharArraySet(Set.of(words), false));
  }

  private static CharArraySet exclusive(CharArraySet words, CharArraySet other) {
    Set<String> kept = words.stream().map(w -> new String((char[]) w))
        .filter(w -> !other.contains(w)).collect(Collectors.toSet());
    return CharArraySet.unmodifiableSet(new CharArraySet(kept, false));
  }
}
