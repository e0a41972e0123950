package fr.sentinelle.models.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The fast cue count equals counting with plain Matcher.find(), on real reviews and on awkward strings. */
class CuePatternTest {
  private static final List<Pattern> PATTERNS =
      List.of(IllnessCues.SYMPTOM, IllnessCues.ONSET, IllnessCues.PEOPLE, IllnessCues.NEGATED_SYMPTOM);
  private static final CueScanner SCANNER = new CueScanner(PATTERNS.stream().map(CuePattern::new).toArray(CuePattern[]::new));
  private static final CueScan SCAN = SCANNER.newScan();

  @Test
  void countsLikeFindOnEverySeedReview() throws IOException {
    List<String> texts = seedTexts();
    assertEquals(386, texts.size());
    int matches = 0;
    for (String text : texts) {
      // What IllnessCues.addTo is given: the normalised text (it lower-cases it before matching).
      matches += assertSameCounts(TextNormalizer.normalize(text));
    }
    assertTrue(matches > 300, "the seed corpus exercises the cues: " + matches + " matches");
  }

  @Test
  void countsLikeFindOnAwkwardText() {
    for (String text : List.of("", "sick", "homesick sick_ill ill9 9ill", "xsick, sick. sickly sick", "é sick", "àsick",
        "ésick", "e.coli ecoli e coli", "not  really sick; pas du tout malade", "didn't get sick, did not get ill",
        "hours later hours later", "the next day,the next morning", "my wife and i, both of us", "\u0301sick",
        "s\u0301ick", "ill\u0301", "nous avons tous été malades le lendemain", "SICK", "ıll", "ſick", "k\u0130ll", "K\u0130LL \u0130ll SICK",
        "My Wife And I Were Sick The Next Day", "Pas MALADE", "NOT sick", "É sick", "\u0130 sick")) {
      assertSameCounts(text);
    }
  }

  @Test
  void countsLikeFindOnRandomMixesOfCueWords() {
    String[] pieces = {"sick", "ill", "not", "no", "vomit", "later", "hours", "the", "next", "day", "my", "wife", "and",
        "i", "pas", "malade", "e", "coli", ".", " ", "  ", ",", "'", "x", "é", "_", "9", "didn't", "toute", "la", "nuit",
        "th", "thr", "thro", "ne", "nev", "wit", "with", "withi", "we", "bo", "both", "fo", "foo", "food", "borne", "\u0000",
        "\u0301", "Ж", "ill", "il", "sic", "vom", "hour", "an", "after", "apr", "après", "fi", "fiè", "nau", "SICK", "The",
        "NEXT", "İ", "Ill", "within", "wasn't", "was", "nous", "avons", "tous", "deux", "dans", "nuit", "lendemain",
        "husband", "toute", "famille", "everyone", "who", "both", "of", "us", "whole", "table", "hour", "that", "night",
        "morning", "following", "quelques", "heures", "plus", "tard", "repas", "notre", "aucun", "sans", "jamais", "never"};
    Random random = new Random(20261128);
    for (int t = 0; t < 5000; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      assertSameCounts(text.toString());
    }
  }

  @Test
  void refusesAPatternNotStartingWithAWordBoundary() {
    assertThrows(IllegalArgumentException.class, () -> new CuePattern(Pattern.compile("(sick)\\b")));
  }

  /** find() on the lower-cased text, as IllnessCues counted before, against the one-pass scanner on the same text. */
  private static int assertSameCounts(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] counts = new int[PATTERNS.size()];
    SCANNER.count(lower, SCAN, counts);
    int total = 0;
    for (int i = 0; i < PATTERNS.size(); i++) {
      Pattern pattern = PATTERNS.get(i);
      int expected = findCount(pattern, lower);
      assertEquals(expected, counts[i], () -> pattern + " on \"" + text + "\"");
      total += expected;
    }
    return total;
  }

  private static int findCount(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static List<String> seedTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = CuePatternTest.class.getResourceAsStream("/seed/restaurant-hygiene/reviews.csv");
         InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        texts.add(r.get("review_text"));
      }
    }
    return texts;
  }

}
