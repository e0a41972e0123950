package fr.sentinelle.models.train;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How one detector's model is trained and evaluated. Adding a detector to the command line means
 * writing one implementation and listing it in {@code fr.sentinelle.models.cli.Detectors}.
 */
public interface DetectorTrainer {
  /** The detector's name as used on the command line and in alerts, e.g. "restaurant-hygiene". */
  String detector();

  /** Trains on the request's data and writes a complete model directory to its output. */
  TrainingResult train(TrainRequest request) throws IOException;

  /** Scores a labelled file with the model in {@code modelDir}. */
  EvaluationResult evaluate(Path modelDir, Path data) throws IOException;
}
