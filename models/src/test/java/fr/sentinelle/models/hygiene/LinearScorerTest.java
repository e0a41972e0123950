package fr.sentinelle.models.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.data.LabelledText;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores read from the model's weights equal Tribuo's own predict, text by text. */
class LinearScorerTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void theDefaultModelScoresDirectlyAndAgreesWithTribuoOnEverySeedText() throws IOException {
    HygieneModel model = HygieneModel.loadDefault();
    assertTrue(model.scoresDirectly(), "the default liblinear model is read directly");
    // The whole seed corpus: the build's validation split and the texts the model was fit on.
    List<LabelledText> texts = HygieneTrainer.reader().read(SeedCorpus.path()).records();
    assertEquals(386, texts.size());
    for (LabelledText t : texts) {
      assertEquals(model.tribuoScore(t.text(), t.language()), model.score(t.text(), t.language()), TOLERANCE, t.text());
      assertEquals(model.tribuoScore(t.text(), null), model.score(t.text(), null), TOLERANCE, t.text());
    }
  }

  @Test
  void agreesWithTribuoWhileTheMemoOfAnalysedTokensFillsUpAndStartsAgain() throws IOException {
    HygieneModel model = HygieneModel.loadDefault();
    List<LabelledText> texts = HygieneTrainer.reader().read(SeedCorpus.path()).records();
    // 200 texts of 400 words never seen before: more distinct tokens than the scoring thread remembers (65,536).
    for (int t = 0; t < 200; t++) {
      LabelledText seed = texts.get(t % texts.size());
      StringBuilder text = new StringBuilder(seed.text());
      for (int k = 0; k < 400; k++) {
        text.append(" zq").append(Integer.toString(t * 400 + k, 36)).append(k % 50 == 0 ? " sick" : "");
      }
      String language = t % 3 == 0 ? null : seed.language();
      assertEquals(model.tribuoScore(text.toString(), language), model.score(text.toString(), language), TOLERANCE, text.toString());
      assertEquals(model.tribuoScore(seed.text(), seed.language()), model.score(seed.text(), seed.language()), TOLERANCE, seed.text());
    }
  }

  @Test
  void agreesWithTribuoOnOddTexts() {
    HygieneModel model = HygieneModel.loadDefault();
    for (String text : List.of("", "   ", "zzz qqq", "sick sick sick sick sick", "Pas malade, pas malade, pas malade !",
        "I didn&#39;t feel well &amp; vomited", "🙂 vomi 🙂", "a".repeat(5000), "Food poisoning. ".repeat(300))) {
      for (String language : new String[] {"en", "fr", null, "de"}) {
        assertEquals(model.tribuoScore(text, language), model.score(text, language), TOLERANCE, text);
      }
    }
  }
}
