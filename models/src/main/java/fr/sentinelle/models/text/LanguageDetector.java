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
  private static final Set<String> MORE_ENGLISH = Set.of("i", "we", "my", "our", "you", "he", "she", "had", "have",
      "were", "after", "from", "got", "very", "so", "all", "food", "what", "would", "just", "get", "here", "ate", "place");
  // Same for French: common words missing from the stop set or kept out of it by length.
  private static final Set<String> MORE_FRENCH = Set.of("très", "tres", "après", "apres", "bien", "bon", "bonne",
      "tout", "tous", "avons", "était", "etait", "nous", "resto", "plat", "plats", "mais", "avec", "fait");

  private LanguageDetector() {}

  /** "fr" or "en"; French when there is no evidence either way (Sentinelle's feeds are mostly French). */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return FRENCH;
    }
    int french = 0;
    int english = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.indexOf('\'') > 0) {
        // "l'eau", "j'ai" are French; "didn't", "it's" are English.
        String head = word.substring(0, word.indexOf('\''));
        if (head.length() == 1 && "ldjnmtsc".indexOf(head.charAt(0)) >= 0 || head.equals("qu")) {
          french++;
        } else {
          english++;
        }
        continue;
      }
      if (word.length() > 1 && FRENCH_WORDS.contains(word) || MORE_FRENCH.contains(word) || word.equals("à")) {
        french++;
      } else if (ENGLISH_WORDS.contains(word) || MORE_ENGLISH.contains(word)) {
        english++;
      }
    }
    return english > french ? ENGLISH : FRENCH;
  }

  /** "fr" or "en" from an explicit tag (any case, "fr-FR" too), or detection when absent or unknown. */
  public static String resolve(String languageOrNull, String text) {
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

  private static CharArraySet exclusive(CharArraySet words, CharArraySet other) {
    Set<String> kept = words.stream().map(w -> new String((char[]) w))
        .filter(w -> !other.contains(w)).collect(Collectors.toSet());
    return CharArraySet.unmodifiableSet(new CharArraySet(kept, false));
  }
}
