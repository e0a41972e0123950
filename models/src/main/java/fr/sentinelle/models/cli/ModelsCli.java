package fr.sentinelle.models.cli;

import fr.sentinelle.models.train.DetectorRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code models train|evaluate}: trains and evaluates detectors' models. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "Train and evaluate Sentinelle detectors' models.",
    subcommands = {TrainCommand.class, EvaluateCommand.class})
public final class ModelsCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine(Detectors.all()).execute(args));
  }

  /** The command line with its subcommands bound to {@code registry}; tests run it in-process. */
  public static CommandLine commandLine(DetectorRegistry registry) {
    CommandLine cli = new CommandLine(new ModelsCli(), new RegistryFactory(registry));
    // Bad input (unreadable data, unknown detector) is the user's to fix: a one-line message, no stack trace.
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      boolean userError = cause instanceof IOException || cause instanceof IllegalArgumentException;
      commandLine.getErr().println("error: " + cause.getMessage());
      if (!userError) {
        cause.printStackTrace(commandLine.getErr());
      }
      return userError ? 2 : 1;
    });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: train or evaluate");
  }

  /** Gives the subcommands the registry (picocli builds them). */
  private record RegistryFactory(DetectorRegistry registry) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == TrainCommand.class) {
        return type.cast(new TrainCommand(registry));
      }
      if (type == EvaluateCommand.class) {
        return type.cast(new EvaluateCommand(registry));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
