package fr.sentinelle.stack.prometheus;

import fr.sentinelle.broker.JavaProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Prometheus server (the Debian package's binary) with the stack's configuration, listening on one
 * address only. Installs the package through monitoring/install-prometheus.sh when it is missing.
 */
public final class PrometheusServer implements AutoCloseable {
  private final JavaProcess process;
  private final URI uri;

  private PrometheusServer(JavaProcess process, URI uri) {
    this.process = process;
    this.uri = uri;
  }

  /**
   * @param dir where the configuration, the TSDB and the log go
   * @param config the configuration's text ({@link PrometheusConfig})
   */
  public static PrometheusServer start(Path projectRoot, Path dir, String config, String host, int port)
      throws IOException {
    String binary = binary(projectRoot);
    Files.createDirectories(dir.resolve("data"));
    Path configFile = dir.resolve("prometheus.yml");
    Files.writeString(configFile, config, StandardCharsets.UTF_8);
    Path log = dir.resolve("prometheus.log");
    JavaProcess process = JavaProcess.run("prometheus", List.of(binary, "--config.file=" + configFile,
        "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=" + host + ":" + port,
        "--storage.tsdb.retention.time=7d"), log);
    return new PrometheusServer(process, URI.create("http://" + host + ":" + port));
  }

  /** The prometheus binary on the PATH, installed from Debian's package first if missing. */
  static String binary(Path projectRoot) throws IOException {
    if (onPath("prometheus")) {
      return "prometheus";
    }
    Path script = projectRoot.resolve("monitoring").resolve("install-prometheus.sh");
    try {
      Process install = new ProcessBuilder("bash", script.toString()).inheritIO().start();
      if (!install.waitFor(15, TimeUnit.MINUTES) || install.exitValue() != 0 || !onPath("prometheus")) {
        throw new IOException("Prometheus is not installed and " + script + " could not install it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while installing Prometheus", e);
    }
    return "prometheus";
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    return List.of(path.split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  public URI uri() {
    return uri;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return process.log();
  }

  /** Asks Prometheus to stop (SIGTERM), forcing it after a grace period. */
  @Override
  public void close() {
    process.close();
  }
}
