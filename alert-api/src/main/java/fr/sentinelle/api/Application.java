package fr.sentinelle.api;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the alert service. Settings come from {@code application.yml}, then environment
 * variables and {@code -D} system properties (e.g. {@code -Dsentinelle.kafka.bootstrap-servers=…},
 * {@code -Dmicronaut.server.port=…}). SIGTERM or Ctrl-C closes Kafka Streams and the server.
 */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
