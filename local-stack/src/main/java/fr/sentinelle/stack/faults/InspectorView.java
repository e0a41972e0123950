package fr.sentinelle.stack.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts an inspector sees: the alert service's {@code /api/alerts} list of the hygiene detector,
 * read page by page over real HTTP with a supervisor's token (every department).
 */
final class InspectorView {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final int PAGE_SIZE = 500;

  /** One alert as listed: its id, the establishment, and its version ({@link AlertKey}). */
  record SeenAlert(String alertId, String subjectId, String key) {}

  private final String apiUrl;
  private final String token;

  InspectorView(String apiUrl, String token) {
    this.apiUrl = apiUrl;
    this.token = token;
  }

  /** Every listed alert; an IOException while the service is down or still starting. */
  List<SeenAlert> alerts() throws IOException {
    List<SeenAlert> alerts = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode body = get("/api/alerts?detector=restaurant-hygiene&size=" + PAGE_SIZE + "&page=" + page);
      for (JsonNode alert : body.path("items")) {
        List<String> quoted = new ArrayList<>();
        alert.path("evidence").forEach(e -> quoted.add(e.path("recordId").asText()));
        alerts.add(new SeenAlert(alert.path("alertId").asText(), alert.path("subject").path("id").asText(),
            AlertKey.of(alert.path("status").asText(), quoted)));
      }
      if ((long) (page + 1) * PAGE_SIZE >= body.path("total").asLong()) {
        return alerts;
      }
    }
  }

  private JsonNode get(String path) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token).GET().build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
