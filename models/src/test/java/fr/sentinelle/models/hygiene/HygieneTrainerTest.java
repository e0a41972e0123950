package fr.sentinelle.models.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.models.data.LabelledCsvReader;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains once on the seed corpus (a few seconds) and checks the model directory and its behaviour. */
class HygieneTrainerTest {
  @TempDir
  static Path tmp;
  static Path modelDir;
  static TrainingResult result;
  static HygieneModel model;

  @BeforeAll
  static void train() throws IOException {
    modelDir = tmp.resolve("model");
    result = new HygieneTrainer().train(new TrainRequest(SeedCorpus.path(), modelDir, 7, 0.2, null));
    model = HygieneModel.load(modelDir);
  }

  @Test
  void obviousIllnessReviewsScoreAtOrAboveTheThreshold() {
    for (String review : List.of(
        "We both got food poisoning after the oysters, vomiting and diarrhea all night.",
        "I was throwing up all night after eating the chicken here. My wife got sick too.",
        "Intoxication alimentaire après le repas : vomissements et diarrhée toute la nuit.",
        "Toute la famille malade le lendemain, gastro et fièvre après les fruits de mer.")) {
      assertTrue(model.score(review, null) >= model.threshold(), () -> review + " scored " + model.score(review, null));
    }
  }

  @Test
  void obviousPositiveReviewsScoreBelowTheThreshold() {
    for (String review : List.of(
        "Amazing food and friendly staff, the tiramisu was to die for. Will be back!",
        "Great pizza, quick service, lovely terrace.",
        "Excellent accueil, plats généreux et savoureux, je recommande vivement.",
        "Très bon restaurant, le fondant au chocolat est à tomber.")) {
      assertTrue(model.score(review, null) < model.threshold(), () -> review + " scored " + model.score(review, null));
    }
  }

  @Test
  void writesACompleteModelDirectory() {
    for (String file : List.of(ModelFiles.MODEL, ModelFiles.METADATA, ModelFiles.PROVENANCE, ModelFiles.EVALUATION,
        ModelFiles.MODEL_CARD)) {
      assertTrue(Files.isRegularFile(modelDir.resolve(file)), file);
    }
    assertTrue(result.modelVersion().matches("restaurant-hygiene-\\d{8}-[0-9a-f]{8}"), result.modelVersion());
    assertEquals(result.modelVersion(), model.version());
  }

  @Test
  void provenanceRecordsTheDatasetSha256AndTribuoProvenance() throws IOException {
    JsonNode provenance = ModelMetadata.JSON.readTree(modelDir.resolve(ModelFiles.PROVENANCE).toFile());
    String expected = LabelledCsvReader.sha256(Files.readAllBytes(SeedCorpus.path()));
    assertEquals(expected, provenance.get("dataset_sha256").asText());
    assertEquals(7, provenance.get("seed").asLong());
    assertEquals(model.threshold(), provenance.get("threshold").asDouble());
    assertTrue(provenance.get("tribuo_provenance").toString().contains(expected),
        "the Tribuo provenance carries the dataset hash in its run provenance");
    assertTrue(provenance.get("tribuo_provenance").toString().contains("LibLinearClassificationTrainer"));
  }

  @Test
  void evaluationFiguresAreOnTheValidationSplit() throws IOException {
    JsonNode evaluation = ModelMetadata.JSON.readTree(modelDir.resolve(ModelFiles.EVALUATION).toFile());
    assertEquals(result.validation().n(), evaluation.get("validation").get("n").asInt());
    assertEquals(result.validation().f1(), evaluation.get("validation").get("f1").asDouble());
    assertTrue(Files.readString(modelDir.resolve(ModelFiles.MODEL_CARD)).contains(result.modelVersion()));
  }

  @Test
  void trainingIsDeterministicForASeed() throws IOException {
    TrainingResult again = new HygieneTrainer().train(new TrainRequest(SeedCorpus.path(), tmp.resolve("again"), 7, 0.2, null));
    assertEquals(result.modelVersion(), again.modelVersion());
    assertEquals(result.validation(), again.validation());
    HygieneModel other = HygieneModel.load(tmp.resolve("again"));
    String review = "Sick all night after the shrimp, vomiting.";
    assertEquals(model.score(review, "en"), other.score(review, "en"));
  }
}
