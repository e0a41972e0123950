package fr.sentinelle.monitoring;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real Prometheus server (Debian's binary) in a child process on 127.0.0.1, and its HTTP query API. */
final class PrometheusServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process process;
  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static PrometheusServer start(Path config, Path dataDir, int port, Path log) throws IOException {
    Process process = new ProcessBuilder(binary().toString(), "--config.file=" + config,
        "--storage.tsdb.path=" + dataDir, "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new PrometheusServer(process, URI.create("http://127.0.0.1:" + port));
  }

  private static Path binary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "prometheus");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail("prometheus is not installed: run " + Promtool.INSTALL);
  }

  /** The "data" of an instant query; fails on an error answer (bad syntax, evaluation error). */
  JsonNode query(String promql) throws IOException, InterruptedException {
    URI uri = base.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
      throw new IllegalStateException(promql + " -> " + response.statusCode() + " " + response.body());
    }
    return body.path("data");
  }

  /** How many series of that name Prometheus holds now. */
  int seriesCount(String name) throws IOException, InterruptedException {
    JsonNode result = query("count({__name__=\"" + name + "\"})").path("result");
    return result.isEmpty() ? 0 : Integer.parseInt(result.get(0).path("value").get(1).asText());
  }

  /** The value of a query that yields one sample (0 when it yields none). */
  double value(String promql) throws IOException, InterruptedException {
    JsonNode result = query(promql).path("result");
    return result.isEmpty() ? 0 : Double.parseDouble(result.get(0).path("value").get(1).asText());
  }

  List<String> targetHealth() throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/targets")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> health = new java.util.ArrayList<>();
    JSON.readTree(response.body()).path("data").path("activeTargets").forEach(t ->
        health.add(t.path("labels").path("job").asText() + "=" + t.path("health").asText()));
    return health;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
