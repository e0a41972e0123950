package fr.sentinelle.stack.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * The JobManager's REST API, as {@code flink run}, {@code flink stop} and the web UI use it: upload a
 * job jar, run it (optionally from a savepoint), follow jobs, stop them with a savepoint, cancel them.
 */
public final class FlinkRest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private final URI base;

  public FlinkRest(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  /** GET /overview: TaskManagers, slots, running jobs, Flink version. */
  public JsonNode overview() throws IOException {
    return get("/overview");
  }

  /** Uploads a job jar (POST /jars/upload); returns its jar id on the cluster. */
  public String uploadJar(Path jar) throws IOException {
    String boundary = "sentinelle-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
        + jar.getFileName() + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(jar));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/jars/upload")).timeout(CALL_TIMEOUT)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    String filename = send(request).path("filename").asText();
    return Path.of(filename).getFileName().toString();
  }

  /**
   * Runs an uploaded jar's main class with these arguments (POST /jars/:id/run), from a savepoint
   * when {@code savepoint} is not null; returns the job id.
   */
  public String run(String jarId, String entryClass, List<String> args, String savepoint) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    if (entryClass != null) {
      body.put("entryClass", entryClass);
    }
    body.putPOJO("programArgsList", args);
    if (savepoint != null) {
      body.put("savepointPath", savepoint);
      body.put("allowNonRestoredState", false);
    }
    return post("/jars/" + jarId + "/run", body).path("jobid").asText();
  }

  /** GET /jobs/overview: every job the cluster knows, with name and state. */
  public JsonNode jobs() throws IOException {
    return get("/jobs/overview").path("jobs");
  }

  public String jobState(String jobId) throws IOException {
    return get("/jobs/" + jobId).path("state").asText();
  }

  /** GET /jobs/:id/checkpoints: counts, latest completed and restored checkpoints. */
  public JsonNode checkpoints(String jobId) throws IOException {
    return get("/jobs/" + jobId + "/checkpoints");
  }

  /**
   * How many times the job failed (and so restarted, whole or a region of it): the entries of its
   * exception history (GET /jobs/:id/exceptions), which the JobManager keeps up to
   * {@code web.exception-history-size} (16 by default). Unlike the {@code numRestarts} metric, which
   * the REST API serves from a cache refreshed every 10 s, it is current.
   */
  public int jobFailures(String jobId) throws IOException {
    return get("/jobs/" + jobId + "/exceptions?maxExceptions=1000").path("exceptionHistory").path("entries").size();
  }

  /** GET /taskmanagers: id, slots and free slots of each registered TaskManager. */
  public JsonNode taskManagers() throws IOException {
    return get("/taskmanagers").path("taskmanagers");
  }

  /** Waits until the job is in {@code state} (RUNNING, CANCELED …); fails early if it reaches FAILED. */
  public void awaitJobState(String jobId, String state, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    String current = "";
    while (Instant.now().isBefore(deadline)) {
      current = jobState(jobId);
      if (current.equals(state)) {
        return;
      }
      if (current.equals("FAILED")) {
        break;
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IOException("job " + jobId + " is " + current + ", not " + state + ", after " + timeout.toSeconds() + " s");
  }

  /**
   * Stops the job with a savepoint, without draining (which would end event time), like
   * {@code flink stop --savepointPath DIR}; returns the savepoint's location.
   */
  public String stopWithSavepoint(String jobId, String targetDirectory, Duration timeout) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    if (targetDirectory != null) {
      body.put("targetDirectory", targetDirectory);
    }
    body.put("drain", false);
    String trigger = post("/jobs/" + jobId + "/stop", body).path("request-id").asText();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonNode result = get("/jobs/" + jobId + "/savepoints/" + trigger);
      if (result.path("status").path("id").asText().equals("COMPLETED")) {
        JsonNode operation = result.path("operation");
        if (operation.has("location")) {
          return operation.path("location").asText();
        }
        throw new IOException("stop with savepoint failed: " + operation.path("failure-cause"));
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IOException("no savepoint for job " + jobId + " within " + timeout.toSeconds() + " s");
  }

  /** Cancels the job (PATCH /jobs/:id?mode=cancel), without a savepoint. */
  public void cancel(String jobId) throws IOException {
    send(HttpRequest.newBuilder(base.resolve("/jobs/" + jobId + "?mode=cancel")).timeout(CALL_TIMEOUT)
        .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
  }

  JsonNode get(String path) throws IOException {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT).GET().build());
  }

  private JsonNode post(String path, JsonNode body) throws IOException {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  private JsonNode send(HttpRequest request) throws IOException {
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted calling " + request.uri(), e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
          + ": " + response.body());
    }
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }
}
