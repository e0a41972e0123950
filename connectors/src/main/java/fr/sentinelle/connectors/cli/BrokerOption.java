package fr.sentinelle.connectors.cli;

import picocli.CommandLine.Option;

/** The --bootstrap-servers option shared by commands that talk to Kafka. */
final class BrokerOption {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
  String bootstrapServers;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "how long to wait for Kafka to answer (default: ${DEFAULT-VALUE} s)")
  int timeoutSeconds;
}
