package fr.sentinelle.models.cli;

import fr.sentinelle.models.eval.BinaryFigures;
import fr.sentinelle.models.train.DetectorRegistry;
import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.train.TrainingResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code train}: trains a detector's model from a labelled file into a model directory. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a detector's model from labelled data.")
final class TrainCommand implements Callable<Integer> {
  private final DetectorRegistry registry;

  @Spec
  CommandSpec spec;

  @Option(names = "--detector", required = true, description = "Detector to train, e.g. restaurant-hygiene.")
  String detector;

  @Option(names = "--data", required = true, description = "Labelled CSV file (optionally gzipped).")
  Path data;

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the splits and the solver (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--validation-fraction", defaultValue = "0.2",
      description = "Part held out for the validation figures (default: ${DEFAULT-VALUE}).")
  double validationFraction;

  @Option(names = "--cost", description = "Regularisation cost C; chosen by cross-validation when absent.")
  Double cost;

  TrainCommand(DetectorRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    TrainingResult result = registry.get(detector).train(new TrainRequest(data, out, seed, validationFraction, cost));
    BinaryFigures v = result.validation();
    spec.commandLine().getOut().printf(Locale.ROOT,
        "trained %s into %s%nvalidation: n=%d precision=%.4f recall=%.4f f1=%.4f aupr=%.4f threshold=%.4f%n",
        result.modelVersion(), result.modelDir(), v.n(), v.precision(), v.recall(), v.f1(), v.aupr(), v.threshold());
    return 0;
  }
}
