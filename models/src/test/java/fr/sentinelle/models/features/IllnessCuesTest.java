package fr.sentinelle.models.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IllnessCuesTest {
  private static final double W = IllnessCues.WEIGHT;

  private static Map<String, Double> cues(String text) {
    Map<String, Double> features = new HashMap<>();
    IllnessCues.addTo(text, new FeatureName(), (name, value) -> features.put(name.toString(), value));
    return features;
  }

  @Test
  void countsSymptomsOnsetAndPeopleInEnglish() {
    Map<String, Double> f = cues("My wife and I were vomiting a few hours later, diarrhea too.");
    assertEquals(W * Math.log1p(2), f.get("d:symptoms"), 1e-12);
    assertEquals(W * Math.log1p(1), f.get("d:onset"), 1e-12);
    assertEquals(W * Math.log1p(1), f.get("d:people"), 1e-12);
    assertEquals(W, f.get("d:symptom_and_onset"), 1e-12);
    assertFalse(f.containsKey("d:negated_symptom"));
  }

  @Test
  void countsFrenchCues() {
    Map<String, Double> f = cues("Toute la famille malade le lendemain, vomissements.");
    assertEquals(W * Math.log1p(2), f.get("d:symptoms"), 1e-12);
    assertEquals(W * Math.log1p(1), f.get("d:onset"), 1e-12);
    assertEquals(W * Math.log1p(1), f.get("d:people"), 1e-12);
  }

  @Test
  void negatedSymptomsAreCountedAndDoNotMakeSymptomWithOnset() {
    Map<String, Double> f = cues("We did not get sick that night, great food.");
    assertEquals(W * Math.log1p(1), f.get("d:negated_symptom"), 1e-12);
    assertEquals(W * Math.log1p(1), f.get("d:symptoms"), 1e-12);
    assertFalse(f.containsKey("d:symptom_and_onset"));
  }

  @Test
  void aPlainReviewHasNoCue() {
    assertTrue(cues("Great pizza, quick service, lovely terrace.").isEmpty());
  }

  @Test
  void theExtractorAddsCuesOnlyWhenConfigured() {
    String review = "Food poisoning the next day.";
    assertTrue(new TextFeatureExtractor(FeatureConfig.hygieneDefault()).extract(review, "en").containsKey("d:symptoms"));
    FeatureConfig withoutCues = new FeatureConfig(3, false, 0, 0, 2, true, false);
    assertFalse(new TextFeatureExtractor(withoutCues).extract(review, "en").containsKey("d:symptoms"));
  }
}
