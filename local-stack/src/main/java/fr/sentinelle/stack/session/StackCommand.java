package fr.sentinelle.stack.session;

import picocli.CommandLine.Command;

/** {@code stack up|status|down}: the whole stack on a real Flink session cluster, run in the background. */
@Command(name = "stack", mixinStandardHelpOptions = true,
    description = "Runs Sentinelle on this machine on a real Flink session cluster: up, status, down.",
    subcommands = {UpCommand.class, StatusCommand.class, DownCommand.class})
public final class StackCommand {}
