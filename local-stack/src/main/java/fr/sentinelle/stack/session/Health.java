package fr.sentinelle.stack.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.sentinelle.stack.flink.FlinkRest;
import fr.sentinelle.stack.prometheus.PrometheusServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Health of each part of a running stack, as {@code stack status} reports it: empty when healthy, else why not. */
final class Health {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Health() {}

  static String broker(String bootstrap) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
      int nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
      return nodes > 0 ? "" : "no broker node";
    } catch (Exception e) {
      return "does not answer: " + e.getClass().getSimpleName();
    }
  }

  /** The JobManager answers /overview with every TaskManager registered. */
  static String jobManager(FlinkRest rest, int taskManagers) {
    try {
      JsonNode overview = rest.overview();
      int registered = overview.path("taskmanagers").asInt();
      return registered == taskManagers ? "" : registered + " of " + taskManagers + " TaskManagers registered";
    } catch (IOException e) {
      return "REST API does not answer: " + e.getMessage();
    }
  }

  static String taskManager(FlinkRest rest, String resourceId) {
    try {
      for (JsonNode tm : rest.taskManagers()) {
        if (tm.path("id").asText().equals(resourceId)) {
          return "";
        }
      }
      return "not registered with the JobManager";
    } catch (IOException e) {
      return "JobManager does not answer: " + e.getMessage();
    }
  }

  static String job(FlinkRest rest, String jobId) {
    try {
      String state = rest.jobState(jobId);
      return state.equals("RUNNING") ? "" : "job is " + state;
    } catch (IOException e) {
      return "JobManager does not answer: " + e.getMessage();
    }
  }

  static String alertService(String apiUrl) {
    try {
      HttpResponse<String> r = get(URI.create(apiUrl + "/health"));
      return r.statusCode() == 200 && r.body().contains("UP") ? "" : "/health answered " + r.statusCode() + " " + r.body();
    } catch (IOException e) {
      return "/health does not answer: " + e.getMessage();
    }
  }

  /** Ready, and every scrape target up. */
  static String prometheus(String url) {
    try {
      if (get(URI.create(url + "/-/ready")).statusCode() != 200) {
        return "not ready";
      }
      List<String> down = new ArrayList<>();
      JsonNode targets = JSON.readTree(get(URI.create(url + "/api/v1/targets?state=active")).body())
          .path("data").path("activeTargets");
      for (JsonNode target : targets) {
        if (!target.path("health").asText().equals("up")) {
          down.add(target.path("labels").path("job").asText() + " " + target.path("scrapeUrl").asText()
              + " " + target.path("health").asText() + " " + target.path("lastError").asText());
        }
      }
      return down.isEmpty() ? (targets.isEmpty() ? "no scrape targets" : "") : "targets not up: " + down;
    } catch (IOException e) {
      return "does not answer: " + e.getMessage();
    }
  }

  static void awaitPrometheusReady(PrometheusServer prometheus, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!prometheus.isAlive()) {
        throw new IOException("Prometheus exited during start; see " + prometheus.log());
      }
      try {
        if (get(prometheus.uri().resolve("/-/ready")).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IOException("Prometheus not ready within " + timeout.toSeconds() + " s; see " + prometheus.log());
  }

  /** Waits until Prometheus has scraped every target successfully; returns the last complaint if it never did. */
  static String awaitTargetsUp(String url, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    String problem = prometheus(url);
    while (!problem.isEmpty() && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
      problem = prometheus(url);
    }
    return problem;
  }

  private static HttpResponse<String> get(URI uri) throws IOException {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
