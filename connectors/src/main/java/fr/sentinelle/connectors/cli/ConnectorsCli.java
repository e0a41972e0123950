package fr.sentinelle.connectors.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The integrators' command line: {@code publish} a feed file, {@code topics create}, {@code access grant}. */
@Command(name = "sentinelle", mixinStandardHelpOptions = true, version = "Sentinelle connectors 0.1.0",
    description = "Publish feed files to Sentinelle's Kafka topics.",
    subcommands = {PublishCommand.class, TopicsCommand.class, AccessCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every record read was published (or, with --dry-run, is valid)",
        "1:some records were rejected (each reported with its line and reason)",
        "2:the file or the command cannot be used (empty file, missing columns, bad option)",
        "3:Kafka could not be reached or refused the request"})
public final class ConnectorsCli {
  public static final int SOME_REJECTED = 1;
  public static final int UNUSABLE_INPUT = 2;
  public static final int BROKER_FAILURE = 3;

  /** The command line, for main and for tests that run a command in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new ConnectorsCli()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
