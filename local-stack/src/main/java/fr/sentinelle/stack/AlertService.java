package fr.sentinelle.stack;

import fr.sentinelle.broker.JavaProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The alert service as the stacks run it: its own JVM with its state and signing key kept in the
 * stack's data directory, so starting it again on the same directory and port is a restart that
 * keeps every case; and its {@code token} command, to mint access tokens with that key.
 */
public final class AlertService {
  static final String MAIN = "fr.sentinelle.api.Application";
  static final String TOKEN_CLI = "fr.sentinelle.api.cli.TokenCli";

  private AlertService() {}

  /** Starts the service on {@code host:port}; it is ready once {@code /health} answers (see {@link HttpProbe}). */
  public static JavaProcess start(ModuleLauncher launcher, String host, int port, String bootstrapServers, Path data)
      throws IOException {
    return launcher.start("alert-api", MAIN, List.of("-Xmx512m",
        "-Dmicronaut.server.host=" + host, "-Dmicronaut.server.port=" + port,
        "-Dsentinelle.kafka.bootstrap-servers=" + bootstrapServers,
        "-Dsentinelle.streams.state-dir=" + data.resolve("alert-api-state"),
        // Prometheus scrapes /metrics from this machine without a token; the key stays with the stack's data.
        "-Dsentinelle.security.metrics-on-loopback=true",
        "-Dsentinelle.security.key-file=" + keyFile(data)),
        List.of(), data.resolve("logs").resolve("alert-api.log"));
  }

  /** The key the service signs tokens with: generated at its first start, kept with the stack's data. */
  public static Path keyFile(Path data) {
    return data.resolve("alert-api-jwt-key");
  }

  /**
   * Mints an access token with the service's own {@code token} command and key, e.g. a supervisor's
   * ({@code role "supervisor", departments "*", detectors "*"}) sees every alert.
   */
  public static String mintToken(ModuleLauncher launcher, Path data, String subject, String role,
      String departments, String detectors) throws IOException {
    Path log = data.resolve("logs").resolve("token-" + System.nanoTime() + ".log");
    try (JavaProcess cli = launcher.start("alert-api", TOKEN_CLI, List.of("-Xmx256m"), List.of("--role", role,
        "--subject", subject, "--departments", departments, "--detectors", detectors,
        "--key-file", keyFile(data).toString()), log)) {
      if (!cli.awaitExit(Duration.ofSeconds(60))) {
        throw new IOException("the token command did not finish; see " + log);
      }
    }
    List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new IOException("the token command printed nothing; see " + log);
    }
    return lines.get(lines.size() - 1).trim();
  }
}
