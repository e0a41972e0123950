package fr.sentinelle.stack;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the local stack's commands (the ./sentinelle launcher calls it). */
@Command(name = "sentinelle", mixinStandardHelpOptions = true,
    description = "Runs Sentinelle on this machine.",
    subcommands = {DemoCommand.class, fr.sentinelle.stack.session.StackCommand.class})
public final class StackCli {
  public static void main(String[] args) {
    System.exit(new CommandLine(new StackCli()).execute(args));
  }
}
