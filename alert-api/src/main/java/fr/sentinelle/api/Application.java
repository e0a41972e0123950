package fr.sentinelle.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Starts the alert service. Settings come from {@code application.yml}, then environment
 * variables and {@code -D} system properties (e.g. {@code -Dsentinelle.kafka.bootstrap-servers=…},
 * {@code -Dmicronaut.server.port=…}). SIGTERM or Ctrl-C closes Kafka Streams and the server.
 */
@OpenAPIDefinition(
    info = @Info(title = "Sentinelle alert service", version = "0.1",
        description = "Cases and alerts for inspectors, within the scope of their token; live stream; targets."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
