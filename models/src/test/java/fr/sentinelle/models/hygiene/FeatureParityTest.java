package fr.sentinelle.models.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.data.LabelledText;
import fr.sentinelle.models.features.FeatureConfig;
import fr.sentinelle.models.features.FeatureVocabulary;
import fr.sentinelle.models.features.TextFeatureExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;

/** Training and scoring build their features with the same code: the same text gives the same features. */
class FeatureParityTest {
  private static final List<LabelledText> REVIEWS = List.of(
      new LabelledText("I didn&#39;t feel well, vomiting all night after the oysters.", true, "en", 2),
      new LabelledText("Malade après le kebab : diarrhée et fièvre, mon mari aussi.", true, null, 3),
      new LabelledText("Not sick at all, the food was great!", false, null, 4),
      new LabelledText("", false, "fr", 5));

  @Test
  void trainingAndScoringExamplesHaveIdenticalFeatures() {
    HygieneModel model = HygieneModel.loadDefault();
    LinearTextFitter fitter = new LinearTextFitter(new TextFeatureExtractor(FeatureConfig.hygieneDefault()), 1);
    for (LabelledText review : REVIEWS) {
      assertEquals(features(fitter.example(review, model.vocabulary())), features(model.example(review.text(), review.language())),
          review.text());
    }
  }

  @Test
  void featuresKeepNegationsAndDecodeEntities() {
    TextFeatureExtractor extractor = new TextFeatureExtractor(FeatureConfig.hygieneDefault());
    Map<String, Double> features = extractor.extract("Not sick at all", "en");
    assertTrue(features.containsKey("w:not"), features.keySet().toString());
    assertTrue(features.containsKey("2g:not sick"), features.keySet().toString());
    assertEquals(extractor.extract("I didn't like it", "en"), extractor.extract("I didn&#39;t like it", "en"));
    assertTrue(extractor.extract("pas malade du tout", "fr").containsKey("2g:pas malad"));
    assertTrue(extractor.extract("pas malade du tout", "fr").containsKey("3g:pas malad du"));
  }

  @Test
  void theVocabularyKeepsKnownFeaturesOnly() {
    HygieneModel model = HygieneModel.loadDefault();
    Example<Label> example = model.example("zzzunknownword qqqother", "en");
    assertEquals(List.of(FeatureVocabulary.CONSTANT + "=1.0"), features(example));
  }

  @Test
  void emptyTextStillScores() {
    HygieneModel model = HygieneModel.loadDefault();
    double score = model.score("", null);
    assertTrue(score > 0 && score < 1, "score " + score);
  }

  private static List<String> features(Example<Label> example) {
    List<String> out = new ArrayList<>();
    for (Feature f : example) {
      out.add(f.getName() + "=" + f.getValue());
    }
    return out;
  }
}
