package fr.sentinelle.models.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureVocabularyTest {
  private static final List<Map<String, Double>> DOCS = List.of(
      Map.of("w:sick", 1.0, "w:good", 1.0, FeatureVocabulary.CONSTANT, 1.0),
      Map.of("w:sick", 1.0, "w:rare", 1.0, FeatureVocabulary.CONSTANT, 1.0),
      Map.of("w:good", 1.0, FeatureVocabulary.CONSTANT, 1.0),
      Map.of("w:good", 1.0, FeatureVocabulary.CONSTANT, 1.0));
  private static final List<Boolean> LABELS = List.of(true, true, false, false);

  @Test
  void dropsRareFeaturesAndScalesByLogCountRatio() {
    FeatureVocabulary vocabulary = FeatureVocabulary.fit(DOCS, LABELS, 2, true);
    Map<String, Double> applied = vocabulary.apply(Map.of("w:sick", 0.5, "w:rare", 1.0, "w:good", 1.0,
        "w:unseen", 1.0, FeatureVocabulary.CONSTANT, 1.0));
    // sick: in 2/2 positives, 0/2 negatives -> |ln((2+1)/(2+2) / ((0+1)/(2+2)))| = ln 3
    assertEquals(0.5 * (float) Math.log(3), applied.get("w:sick"), 1e-9);
    // good: in 1/2 positives, 2/2 negatives -> |ln((1+1)/4 / (3/4))| = ln 1.5
    assertEquals((float) Math.log(1.5), applied.get("w:good"), 1e-9);
    assertEquals(1.0, applied.get(FeatureVocabulary.CONSTANT));
    assertEquals(3, applied.size());
    assertEquals(3, vocabulary.size());
  }

  @Test
  void withoutScalingKeepsValues() {
    FeatureVocabulary vocabulary = FeatureVocabulary.fit(DOCS, LABELS, 1, false);
    assertEquals(Map.of("w:rare", 1.0, "w:sick", 0.5), vocabulary.apply(Map.of("w:rare", 1.0, "w:sick", 0.5)));
  }

  @Test
  void roundTripsThroughItsFile(@TempDir Path tmp) throws IOException {
    FeatureVocabulary vocabulary = FeatureVocabulary.fit(DOCS, LABELS, 1, true);
    Path file = tmp.resolve("vocabulary.tsv.gz");
    vocabulary.write(file);
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(vocabulary, FeatureVocabulary.read(in));
    }
  }
}
