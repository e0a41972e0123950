package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.cli.Detectors;
import fr.sentinelle.models.train.EvaluationResult;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaterTrainerTest {
  @TempDir
  static Path dir;
  static Path data;
  static TrainingResult trained;

  @BeforeAll
  static void train() throws IOException {
    data = SyntheticStream.write(dir.resolve("stream.csv.gz"), 7, 6 * 1440, 450, 30);
    trained = Detectors.all().get("water-quality").train(new TrainRequest(data, dir.resolve("model"), 11, 0.3, null));
  }

  @Test
  void writesACompleteModelDirectory() {
    for (String file : List.of(ModelFiles.MODEL, ModelFiles.METADATA, ModelFiles.PROVENANCE, ModelFiles.EVALUATION,
        ModelFiles.MODEL_CARD)) {
      assertTrue(Files.isRegularFile(dir.resolve("model").resolve(file)), file);
    }
    assertTrue(trained.modelVersion().startsWith("water-quality-"), trained.modelVersion());
  }

  @Test
  void theReplayOfItsOwnStreamCatchesEveryEventWithoutFalseAlarms() throws IOException {
    EvaluationResult result = new WaterTrainer().evaluate(dir.resolve("model"), data);
    Map<String, Object> json = result.toJson();
    assertEquals(6 * 1440, json.get("n"));
    assertEquals(19, json.get("events"));
    assertEquals(19, json.get("events_detected"));
    assertEquals(0, json.get("false_alarms"));
    assertTrue((double) json.get("f1") > 0.9, "f1 " + json.get("f1"));
    assertTrue((double) json.get("mean_detection_delay_minutes") <= 2, "delay " + json.get("mean_detection_delay_minutes"));
  }

  @Test
  void scoringOneReadingAtATimeGivesTheBatchProbabilities() throws IOException {
    WaterModel model = WaterModel.load(dir.resolve("model"));
    WaterData stream = new WaterCsvReader().read(data);
    StationFeatures extractor = model.extractor();
    StationState state = extractor.newState();
    double[][] features = new double[600][];
    for (int i = 0; i < features.length; i++) {
      features[i] = extractor.update(state, stream.samples().get(i).time(), stream.samples().get(i).values());
    }
    double[] batch = new EventClassifier(extractor.names(), 11).probabilities(model.tribuoModel(), features, 0, features.length);
    for (int i = 0; i < features.length; i++) {
      assertEquals(batch[i], model.probability(features[i]), 1e-6, "row " + i);
    }
  }

  @Test
  void refusesAFileWithOtherColumns() throws IOException {
    Path other = Files.writeString(dir.resolve("other.csv"), "Time,Tp,EVENT\n2016-08-03 00:00:00,6.5,FALSE\n");
    IOException e = assertThrows(IOException.class, () -> new WaterTrainer().evaluate(dir.resolve("model"), other));
    assertTrue(e.getMessage().contains("differ from the model's"), e.getMessage());
  }
}
