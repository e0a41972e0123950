package fr.sentinelle.models.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.models.data.LabelledCsvReader;
import fr.sentinelle.models.data.LabelledText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written loops of the normaliser and the language detector give exactly what the regular
 * expressions they replace gave (kept here as the reference), on the seed corpus and random text.
 */
class FastTextPathsTest {
  @Test
  void sameResultsAsTheRegularExpressions() throws IOException, URISyntaxException {
    List<String> texts = new ArrayList<>();
    Path seed = Path.of(getClass().getResource("/seed/restaurant-hygiene/reviews.csv").toURI());
    for (LabelledText t : new LabelledCsvReader("review_text", "is_foodborne").read(seed).records()) {
      texts.add(t.text());
    }
    texts.addAll(List.of("", " ", "\t\n", " a ", "a  b", "a \u000B b", "a\u00A0 b", "\u2003x\u2003", "l'eau j'ai qu'il didn't 'tis",
        "à la", "À", "it's", "ab'", "'", "\uD835\uDC00bc", "\uD800 lone", "\u0000x\u001F", "Ça été très bon"));
    Random random = new Random(20261128);
    String alphabet = " \t\n\r\u000B\f\u00A0'aàéqulj-.,😀\uD800Zz";
    for (int t = 0; t < 5000; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertEquals(text.replaceAll("\\s+", " "), TextNormalizer.collapseSpaces(text), text);
      assertEquals(detectWithRegex(text), LanguageDetector.detect(text), text);
    }
  }

  /** The detector as it was written with split() (word votes shared): the reference for its word splitting. */
  private static String detectWithRegex(String text) {
    if (text == null || text.isBlank()) {
      return "fr";
    }
    int french = 0;
    int english = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.indexOf('\'') > 0) {
        String head = word.substring(0, word.indexOf('\''));
        if (head.length() == 1 && "ldjnmtsc".indexOf(head.charAt(0)) >= 0 || head.equals("qu")) {
          french++;
        } else {
          english++;
        }
        continue;
      }
      char[] w = word.toCharArray();
      int vote = LanguageDetector.vote(w, 0, w.length);
      if (vote > 0) {
        french++;
      } else if (vote < 0) {
        english++;
      }
    }
    return english > french ? "en" : "fr";
  }
}
