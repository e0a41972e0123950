package fr.sentinelle.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Follows the alert service's live stream, as an inspector's screen would, and prints each alert. */
final class AlertTicker implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  private AlertTicker(CompletableFuture<HttpResponse<Stream<String>>> response) {
    this.response = response;
  }

  /** @param token an access token of a role that may read alerts (the service refuses the stream without one) */
  static AlertTicker follow(String apiUrl, String token, PrintStream out) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/api/alerts/stream"))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
    CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
        .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(r -> r.body()
        .filter(line -> line.startsWith("data:") && line.contains("\"alertId\""))
        .forEach(line -> out.println(describe(line.substring(5).trim()))));
    return new AlertTicker(response);
  }

  static String describe(String json) {
    try {
      JsonNode alert = JSON.readTree(json);
      return String.format(java.util.Locale.ROOT, "ALERTE %-8s dép. %-3s %s (score %.2f, %s)",
          alert.path("severity").asText(), alert.path("department").asText(),
          alert.path("title").asText(), alert.path("score").asDouble(), alert.path("modelVersion").asText());
    } catch (java.io.IOException e) {
      return "alert: " + json;
    }
  }

  @Override
  public void close() {
    response.cancel(true);
  }
}
