package fr.sentinelle.models.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.junit.jupiter.api.Test;

/** Looking a feature up from the extractor's reusable name finds exactly what a lookup of its String finds. */
class FeatureNameIndexTest {
  private static final TextFeatureExtractor EXTRACTOR = new TextFeatureExtractor(FeatureConfig.hygieneDefault());

  @Test
  void findsEveryFeatureOfTheSeedTextsAndNothingElse() throws IOException {
    List<String[]> texts = seedTexts();
    // Index the features of every other text: the rest must be found absent, as unknown n-grams are when scoring.
    Set<String> indexed = new LinkedHashSet<>(List.of("k:constant", "d:symptoms", "w:a b", "2g:a  b", "10g:a b c d e f g h i j"));
    for (int i = 0; i < texts.size(); i += 2) {
      EXTRACTOR.extract(texts.get(i)[0], texts.get(i)[1], (name, value) -> indexed.add(name.toString()));
    }
    List<String> names = new ArrayList<>(indexed);
    FeatureNameIndex index = new FeatureNameIndex(names);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      expected.put(names.get(i), i);
    }
    int found = 0;
    int absent = 0;
    for (String[] text : texts) {
      List<int[]> positions = new ArrayList<>();
      List<String> spelled = new ArrayList<>();
      EXTRACTOR.extract(text[0], text[1], (name, value) -> {
        positions.add(new int[] {index.positionOf(name)});
        spelled.add(name.toString());
      });
      for (int k = 0; k < spelled.size(); k++) {
        assertEquals(expected.getOrDefault(spelled.get(k), -1), positions.get(k)[0], spelled.get(k));
        if (positions.get(k)[0] >= 0) {
          found++;
        } else {
          absent++;
        }
      }
    }
    assertTrue(found > 10_000 && absent > 2_000, found + " found, " + absent + " absent");
  }

  @Test
  void twoIndexesUsedInTurnOnTheSameThreadEachFindTheirOwnPositions() throws IOException {
    // The words' model ids are memoised per thread: alternating between two models must not mix them up.
    List<String[]> texts = seedTexts();
    List<Map<String, Integer>> positions = List.of(new HashMap<>(), new HashMap<>());
    List<List<String>> names = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < texts.size(); i++) {
      int half = i % 2;
      EXTRACTOR.extract(texts.get(i)[0], texts.get(i)[1], (name, value) -> {
        if (positions.get(half).putIfAbsent(name.toString(), names.get(half).size()) == null) {
          names.get(half).add(name.toString());
        }
      });
    }
    List<FeatureNameIndex> indexes = List.of(new FeatureNameIndex(names.get(0)), new FeatureNameIndex(names.get(1)));
    for (String[] text : texts) {
      EXTRACTOR.extract(text[0], text[1], (name, value) -> {
        for (int k : new int[] {0, 1, 1, 0}) {
          assertEquals(positions.get(k).getOrDefault(name.toString(), -1), indexes.get(k).positionOf(name), name.toString());
        }
      });
    }
  }

  @Test
  void wordsWithSpacesAreLookedUpByTheirCharacters() {
    // An analyzer whose words may hold spaces (the review analyzers' never do): tokens are split on "|".
    Analyzer barSeparated = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new PatternTokenizer(Pattern.compile("\\|"), -1));
      }
    };
    List<String> names = List.of("w:a b", "2g:a b c", "2g:x y", "w:x");
    FeatureNameIndex index = new FeatureNameIndex(names);
    AnalysedWords words = new AnalysedWords();
    FeatureName name = new FeatureName();
    words.analyse(barSeparated, "a b|c");
    assertEquals(0, index.positionOf(name.setNgram("w:", words, 0, 1)));
    assertEquals(1, index.positionOf(name.setNgram("2g:", words, 0, 2)));
    assertEquals(-1, index.positionOf(name.setNgram("w:", words, 1, 1)));
    words.analyse(barSeparated, "x|y");
    assertEquals(2, index.positionOf(name.setNgram("2g:", words, 0, 2)));
    assertEquals(3, index.positionOf(name.setNgram("w:", words, 0, 1)));
    assertEquals(-1, index.positionOf(name.setNgram("w:", words, 1, 1)));
    assertEquals(-1, index.positionOf(name.set("w:y")));
    assertEquals(3, index.positionOf(name.set("w:x")));
  }

  private static List<String[]> seedTexts() throws IOException {
    List<String[]> texts = new ArrayList<>();
    try (InputStream in = FeatureNameIndexTest.class.getResourceAsStream("/seed/restaurant-hygiene/reviews.csv");
         InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        texts.add(new String[] {r.get("review_text"), r.get("language")});
      }
    }
    return texts;
  }
}
