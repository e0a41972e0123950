package fr.sentinelle.models.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.models.text.ReviewAnalyzers;
import fr.sentinelle.models.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The tokenizer then memoised per-token filters give exactly the words of the whole Lucene analyzer. */
class AnalysedWordsTest {
  private static final String[] LANGUAGES = {"fr", "en"};

  @Test
  void sameWordsAsTheWholeAnalyzerOnEverySeedReviewInBothLanguages() throws IOException {
    AnalysedWords words = new AnalysedWords();
    List<String> texts = seedTexts();
    // Twice over: the second round finds every token in the memo.
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        for (String language : LANGUAGES) {
          for (boolean removeStopWords : new boolean[] {false, true}) {
            assertSameWords(words, language, removeStopWords, TextNormalizer.normalize(text));
          }
        }
      }
    }
  }

  @Test
  void sameWordsOnRandomMixesOfAwkwardTokens() {
    String[] pieces = {"L'eau", "l'", "d'", "qu'il", "aujourd'hui", "John's", "dogs'", "it's", "DIDN'T", "Ça", "ÉTÉ",
        "œuf", "naïve", "İstanbul", "ß", "ﬁ", "e.coli", "3.5", "10h30", "covid-19", "🙂", "😷🤢", "東京", "Ж", "x_y", "a",
        "vomited", "vomissements", "malades", "sickness", "running", "le", "the", "pas", "not", " ", ", ", ".", "'", "-",
        "\u0301", "e\u0301", "https://example.org/a?b=c", "mail@example.org", "#tag", "@user", "ooooooooooooooooooooo"};
    Random random = new Random(20261129);
    AnalysedWords words = new AnalysedWords();
    for (int t = 0; t < 5000; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(25); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      assertSameWords(words, LANGUAGES[random.nextInt(2)], random.nextBoolean(), text.toString());
    }
  }

  @Test
  void staysExactWhenItsMemoryStartsAgain() {
    AnalysedWords words = new AnalysedWords();
    // More distinct tokens than the memory keeps, so it is cleared between two of these texts.
    for (int t = 0; t < 3 * AnalysedWords.MEMORY_LIMIT / 1000; t++) {
      StringBuilder text = new StringBuilder("Malades le lendemain ");
      for (int k = 0; k < 1000; k++) {
        text.append("mot").append(t * 1000 + k).append(k % 2 == 0 ? "s " : " ");
      }
      assertSameWords(words, LANGUAGES[t % 2], false, text.toString());
    }
  }

  private static void assertSameWords(AnalysedWords words, String language, boolean removeStopWords, String text) {
    words.analyse(language, removeStopWords, text);
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      actual.add(words.word(i));
    }
    assertEquals(wholeAnalyzer(language, removeStopWords, text), actual, () -> language + " \"" + text + "\"");
  }

  private static List<String> wholeAnalyzer(String language, boolean removeStopWords, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ReviewAnalyzers.forLanguage(language, removeStopWords).tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return terms;
  }

  private static List<String> seedTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = AnalysedWordsTest.class.getResourceAsStream("/seed/restaurant-hygiene/reviews.csv");
         InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        texts.add(r.get("review_text"));
      }
    }
    return texts;
  }
}
