package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.broker.ModuleJvm;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real alert service (alert-api) in its own JVM, as the local stack runs it, on a free port. */
public final class AlertService implements AutoCloseable {
  static final String MAIN = "fr.sentinelle.api.Application";
  static final String TOKEN_MAIN = "fr.sentinelle.api.cli.TokenCli";

  private final JavaProcess process;
  private final int port;

  private AlertService(JavaProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts it and returns once {@code /health} answers 200. */
  public static AlertService start(ModuleJvm jvm, String bootstrapServers, Path dataDir, String heap) throws IOException {
    int port = freePort();
    JavaProcess process = jvm.start("alert-api", "alert-api", MAIN, List.of("-Xmx" + heap,
            "-Dmicronaut.server.host=127.0.0.1",
            "-Dmicronaut.server.port=" + port,
            "-Dsentinelle.kafka.bootstrap-servers=" + bootstrapServers,
            "-Dsentinelle.streams.state-dir=" + dataDir.resolve("alert-api-state"),
            "-Dsentinelle.security.key-file=" + keyFile(dataDir)),
        List.of(), dataDir.resolve("logs").resolve("alert-api.log"));
    AlertService service = new AlertService(process, port);
    try {
      service.awaitHealthy(Duration.ofSeconds(180));
      return service;
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
  }

  static Path keyFile(Path dataDir) {
    return dataDir.resolve("alert-api-jwt-key");
  }

  /**
   * A token for a supervisor of every department and detector, signed with this run's key by the
   * service's own token command (run from the alert-api module, as {@code ./sentinelle token} does).
   *
   * @return the token, or null when this build of the service has no token command (no auth yet)
   */
  public static String mintToken(ModuleJvm jvm, Path dataDir) throws IOException {
    Path log = dataDir.resolve("logs").resolve("token.log");
    JavaProcess minter = jvm.start("token", "alert-api", TOKEN_MAIN, List.of(), List.of("--role", "supervisor",
        "--subject", "sentinelle-bench", "--departments", "*", "--detectors", "*", "--ttl", "12h",
        "--key-file", keyFile(dataDir).toString()), log);
    if (!minter.awaitExit(Duration.ofSeconds(120))) {
      minter.close();
      throw new IOException("the token command did not end within 120 s; see " + log);
    }
    List<String> lines = java.nio.file.Files.readAllLines(log).stream().map(String::trim)
        .filter(line -> !line.isEmpty()).toList();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    // A JWT is three base64url parts; anything else is the error of a build without the command.
    return last.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+") ? last : null;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public long pid() {
    return process.pid();
  }

  private void awaitHealthy(Duration timeout) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(url("/health")).timeout(Duration.ofSeconds(2)).GET().build();
    boolean healthy = Waits.until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException("the alert service exited during start; see " + process.log());
      }
      try {
        return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException notYet) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }, timeout.toMillis(), 250);
    if (!healthy) {
      throw new IOException("the alert service was not healthy within " + timeout.toSeconds() + " s; see "
          + process.log());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
