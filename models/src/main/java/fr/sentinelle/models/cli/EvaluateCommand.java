package fr.sentinelle.models.cli;

import fr.sentinelle.models.train.DetectorRegistry;
import fr.sentinelle.models.train.EvaluationResult;
import fr.sentinelle.models.train.ModelMetadata;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: scores a labelled file with a model; the last line printed is one JSON object. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate a model on labelled data; the last output line is a JSON object of the figures.")
final class EvaluateCommand implements Callable<Integer> {
  private final DetectorRegistry registry;

  @Spec
  CommandSpec spec;

  @Option(names = "--detector", required = true, description = "Detector of the model, e.g. restaurant-hygiene.")
  String detector;

  @Option(names = "--model", required = true, description = "Model directory written by train.")
  Path model;

  @Option(names = "--data", required = true, description = "Labelled CSV file (optionally gzipped).")
  Path data;

  EvaluateCommand(DetectorRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    EvaluationResult result = registry.get(detector).evaluate(model, data);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "evaluated %s on %s (%d records)%n", result.modelVersion(), data, result.figures().n());
    out.println(ModelMetadata.JSON.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(result.toJson()));
    out.flush();
    return 0;
  }
}
