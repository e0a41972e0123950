package fr.sentinelle.api.http;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.MEDICAL;
import static fr.sentinelle.api.TestAlerts.WATER;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.api.state.AlertStreams;
import fr.sentinelle.api.view.AlertPage;
import fr.sentinelle.api.view.AlertView;
import fr.sentinelle.api.view.AlertViews;
import fr.sentinelle.api.view.ErrorBody;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse.BodyHandlers;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service against a real broker, through its real HTTP server. The methods run in order as
 * one scenario: the live-stream step publishes more alerts, and the metrics step counts them all.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertApiITCase implements TestPropertyProvider {
  private static final String TOPIC = "it.alerts";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final AvroCodec<Alert> CODEC = AvroCodec.of(Alert.class);

  private static final Alert H1 = alert("h1", HYGIENE, "75", T0.plusSeconds(3 * 3600));
  private static final Alert H2 = alert("h2", HYGIENE, "13", T0.plusSeconds(2 * 3600));
  private static final Alert W1 = alert("w1", WATER, "75", T0.plusSeconds(2 * 3600));
  private static final Alert H3 = alert("h3", HYGIENE, "75", T0.plusSeconds(3600));
  private static final Alert H3_UPDATED =
      alert("h3", HYGIENE, "75", T0.plusSeconds(5400), AlertStatus.UPDATE);
  private static final Alert M1 = alert("m1", MEDICAL, "75", T0.plusSeconds(4 * 3600));

  private Path workDir;
  private LocalBroker broker;
  private KafkaProducer<String, byte[]> producer;

  @Inject @Client("/") HttpClient http;
  @Inject EmbeddedServer server;
  @Inject AlertStreams streams;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    try {
      workDir = Files.createTempDirectory("alert-api-it");
      broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(workDir.resolve("kafka")));
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
          broker.bootstrapServers()))) {
        admin.createTopics(Set.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot prepare the broker", e);
    }
    producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(), new ByteArraySerializer());
    return Map.of(
        "sentinelle.kafka.bootstrap-servers", broker.bootstrapServers(),
        "sentinelle.alerts.topic", TOPIC,
        "sentinelle.alerts.keep-alive", "200ms",
        "sentinelle.streams.application-id", "alert-api-it",
        "sentinelle.streams.state-dir", workDir.resolve("state").toString(),
        "micronaut.server.port", "-1");
  }

  @BeforeAll
  void publishKnownAlerts() {
    publish(H1, H2, W1, H3, M1);
    producer.send(new ProducerRecord<>(TOPIC, "junk", "random bytes".getBytes(StandardCharsets.UTF_8)));
    publish(H1, H3_UPDATED); // a duplicate, then a newer version of h3
    producer.flush();
  }

  @AfterAll
  void stopAll() throws IOException {
    streams.close(); // before the broker, so Kafka Streams leaves its group while it can
    producer.close();
    broker.close();
    try (Stream<Path> files = Files.walk(workDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  @Order(1)
  void listsVisibleAlertsNewestFirstWithTiesByIdOnceEachInTheirLatestVersion() {
    AlertPage expected = new AlertPage(AlertViews.of(List.of(H1, H2, W1, H3_UPDATED)), 0, 50, 4);
    await().atMost(PATIENCE).ignoreExceptions()
        .untilAsserted(() -> assertEquals(expected, page("/api/alerts")));
  }

  @Test
  @Order(2)
  void filtersAndPages() {
    assertEquals(new AlertPage(AlertViews.of(List.of(H1, H2, H3_UPDATED)), 0, 50, 3),
        page("/api/alerts?detector=restaurant-hygiene"));
    assertEquals(new AlertPage(AlertViews.of(List.of(H1, W1, H3_UPDATED)), 0, 50, 3),
        page("/api/alerts?department=75"));
    assertEquals(new AlertPage(AlertViews.of(List.of(H1, H2, W1)), 0, 50, 3),
        page("/api/alerts?since=2026-03-02T10:00:00Z"));
    assertEquals(new AlertPage(AlertViews.of(List.of(H1)), 0, 50, 1),
        page("/api/alerts?detector=restaurant-hygiene&department=75&since=2026-03-02T10:00:00Z"));
    assertEquals(new AlertPage(AlertViews.of(List.of(W1, H3_UPDATED)), 1, 2, 4),
        page("/api/alerts?page=1&size=2"));
    assertEquals(new AlertPage(List.of(), 5, 2, 4), page("/api/alerts?page=5&size=2"));
    assertEquals(new AlertPage(List.of(), 0, 50, 0), page("/api/alerts?detector=medical-reports"));
  }

  @Test
  @Order(3)
  void returnsOneAlertWithEveryFieldAndIsoTimes() {
    assertEquals(AlertViews.of(H1), http.toBlocking().retrieve("/api/alerts/h1", AlertView.class));
    String json = http.toBlocking().retrieve("/api/alerts/h1");
    assertTrue(json.contains("\"eventTime\":\"2026-03-02T11:00:00Z\""), json);
    assertTrue(json.contains("\"latitude\":48.8686"), json);
  }

  @Test
  @Order(4)
  void unknownAndMedicalAlertsAreNotFound() {
    assertError(HttpStatus.NOT_FOUND, "/api/alerts/nope",
        new ErrorBody("not_found", "no alert with id 'nope'"));
    assertError(HttpStatus.NOT_FOUND, "/api/alerts/m1",
        new ErrorBody("not_found", "no alert with id 'm1'"));
  }

  @Test
  @Order(5)
  void badParametersAreRejectedWithAClearMessage() {
    assertError(HttpStatus.BAD_REQUEST, "/api/alerts?since=yesterday", new ErrorBody("bad_request",
        "since must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got 'yesterday'"));
    assertError(HttpStatus.BAD_REQUEST, "/api/alerts?size=501",
        new ErrorBody("bad_request", "size must be between 1 and 500, got 501"));
    assertError(HttpStatus.BAD_REQUEST, "/api/alerts?page=-1",
        new ErrorBody("bad_request", "page must be 0 or more (0 is the first page), got -1"));
    assertError(HttpStatus.BAD_REQUEST, "/api/alerts/stream?since=2026-13-01",
        new ErrorBody("bad_request",
            "since must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got '2026-13-01'"));
  }

  @Test
  @Order(6)
  void healthIsUpWhileStreamsRun() {
    await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
      Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
      assertEquals("UP", health.get("status"));
    });
  }

  @Test
  @Order(7)
  void liveStreamSendsExactlyTheMatchingAlertsPublishedAfterSubscribing() throws Exception {
    // The raw lines, read as a browser's EventSource reads them, to check the wire format itself
    // (Micronaut's SseClient 4.10 fails on comment-only keep-alive events, which browsers ignore).
    SseText stream = new SseText();
    java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
            server.getURI().resolve("/api/alerts/stream?department=2A"))
        .header("Accept", MediaType.TEXT_EVENT_STREAM).build(),
        BodyHandlers.fromLineSubscriber(stream));
    try {
      await().atMost(PATIENCE).untilAsserted(() ->
          assertEquals(1.0, metric("sentinelle_alert_stream_subscribers")));

      Alert otherDepartment = alert("s2", WATER, "75", T0.plusSeconds(5 * 3600));
      Alert medical = alert("m2", MEDICAL, "2A", T0.plusSeconds(5 * 3600));
      publish(otherDepartment, medical);
      producer.flush();
      await().atMost(PATIENCE).untilAsserted(() -> assertEquals(2.0,
          metric("sentinelle_alerts_received_total{detector=\"medical-reports\",severity=\"high\"}")));
      await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertEquals(
          AlertViews.of(otherDepartment), http.toBlocking().retrieve("/api/alerts/s2", AlertView.class)));

      Alert matching = alert("s1", HYGIENE, "2A", T0.plusSeconds(1800));
      publish(matching);
      producer.flush();
      await().atMost(PATIENCE).untilAsserted(() -> {
        assertEquals(List.of(), stream.errors());
        assertFalse(stream.events().isEmpty(), () -> "no event yet; stream so far: " + stream.raw());
      });
      // Alerts reach a subscriber in processing order, so s2 and m2 would have come before s1.
      List<Map<String, String>> events = stream.events();
      assertEquals(1, events.size(), stream.raw());
      assertEquals("s1", events.get(0).get("id"));
      assertEquals("alert", events.get(0).get("event"));
      assertEquals(AlertViews.of(matching), json.readValue(events.get(0).get("data"), AlertView.class));
      await().atMost(PATIENCE).until(() -> stream.comments().contains("keep-alive"));
    } finally {
      stream.cancel();
    }
    await().atMost(PATIENCE).untilAsserted(() ->
        assertEquals(0.0, metric("sentinelle_alert_stream_subscribers")));
  }

  @Test
  @Order(8)
  void metricsCountWhatCameIn() {
    Map<String, Double> expected = Map.of(
        "sentinelle_alerts_received_total{detector=\"restaurant-hygiene\",severity=\"high\"}", 6.0,
        "sentinelle_alerts_received_total{detector=\"water-quality\",severity=\"high\"}", 2.0,
        "sentinelle_alerts_received_total{detector=\"medical-reports\",severity=\"high\"}", 2.0,
        "sentinelle_alerts_duplicate_total", 1.0,
        "sentinelle_alert_records_rejected_total{reason=\"undecodable\"}", 1.0,
        "sentinelle_alerts_stored", 8.0,
        "sentinelle_alert_stream_subscribers", 0.0);
    await().atMost(PATIENCE).untilAsserted(() -> {
      Map<String, Double> samples = PrometheusText.samples(http.toBlocking().retrieve("/metrics"));
      expected.forEach((name, value) -> assertEquals(value, samples.get(name), name));
      assertTrue(samples.containsKey("jvm_threads_current"), "JVM metrics are exported");
    });
  }

  private void publish(Alert... alerts) {
    for (Alert alert : alerts) {
      producer.send(new ProducerRecord<>(TOPIC, alert.getAlertId(), CODEC.encode(alert)));
    }
  }

  private AlertPage page(String uri) {
    return http.toBlocking().retrieve(uri, AlertPage.class);
  }

  private double metric(String sample) {
    Double value = PrometheusText.samples(http.toBlocking().retrieve("/metrics")).get(sample);
    return value == null ? Double.NaN : value;
  }

  private void assertError(HttpStatus status, String uri, ErrorBody body) {
    HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
        () -> http.toBlocking().exchange(uri, String.class, ErrorBody.class));
    assertEquals(status, e.getStatus());
    HttpResponse<?> response = e.getResponse();
    assertEquals(body, response.getBody(ErrorBody.class).orElse(null));
  }
}
