package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.connectors.cli.ConnectorsCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole path on real parts: an integrator publishes reviews and water readings to a real broker,
 * the hygiene and water jobs run on Flink's MiniCluster each in its own JVM, the alert service serves
 * the alerts and the targets ranking over HTTP.
 */
class HygienePathITCase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  /** Events the build's default water model finds in the demo water feed (see demo/README.md). */
  private static final int EXPECTED_WATER_EVENTS = 5;
  /**
   * Events still open when the demo feed ends: demo-35-02's last one. The job waits an hour of event
   * time for late readings, so demo-35-01's event in the feed's last half hour is not scored yet.
   */
  private static final int EXPECTED_OPEN_WATER_EVENTS = 1;

  @TempDir static Path dataDir;
  static LocalStack stack;
  static String token;

  @BeforeAll
  static void startStack() throws Exception {
    stack = LocalStack.start(new StackOptions(dataDir, 0, 0), ModuleLauncher.fromEnvironment());
    token = stack.mintToken("supervisor", "*", "*");
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void publishedReviewsBecomeExactlyTheExpectedAlertLiveAndOverHttpWhileBadRecordsAreDeadLettered()
      throws Exception {
    List<String> streamed = new CopyOnWriteArrayList<>();
    var subscription = HTTP.sendAsync(
        HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/api/alerts/stream?department=75"))
            .header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofLines());
    // Alert events carry the alert as JSON in their data line (their SSE id is the stream's sequence number).
    subscription.thenAccept(r -> r.body().filter(l -> l.startsWith("data:"))
        .map(l -> alertIdIn(l.substring(5).trim())).filter(id -> !id.isEmpty()).forEach(streamed::add));
    // The response (its headers) arrives once the service has registered the subscriber.
    Awaitility.await().atMost(PATIENCE).until(subscription::isDone);

    Path feed = dataDir.resolve("reviews.jsonl");
    try (var in = HygienePathITCase.class.getResourceAsStream("/e2e/reviews.jsonl")) {
      Files.write(feed, in.readAllBytes());
    }
    int exit = new CommandLine(new ConnectorsCli()).execute("publish", "--feed", "reviews",
        "--file", feed.toString(), "--bootstrap-servers", stack.bootstrapServers());
    assertEquals(1, exit, "one line of the fixture is invalid: reported, the others published");
    publishRaw(new byte[] {1, 2, 3, 4, 5}, "not Avro at all".getBytes());

    JsonNode page = Awaitility.await().atMost(PATIENCE)
        .until(() -> get("/api/alerts?detector=restaurant-hygiene"), p -> p.path("total").asInt() >= 1);

    assertEquals(1, page.path("total").asInt(), "one establishment crossed the threshold");
    JsonNode alert = page.path("items").get(0);
    assertEquals("restaurant-hygiene", alert.path("detector").asText());
    assertEquals("e2e-bistrot-75", alert.path("subject").path("id").asText());
    assertEquals("Bistrot du Canal", alert.path("subject").path("name").asText());
    assertEquals("75", alert.path("department").asText());
    assertEquals(Set.of("e2e-1", "e2e-3", "e2e-5"), recordIds(alert.path("evidence")));
    assertTrue(alert.path("modelVersion").asText().startsWith("restaurant-hygiene"),
        "the alert names the model that raised it");

    assertEquals(0, get("/api/alerts?detector=restaurant-hygiene&department=69").path("total").asInt());
    String alertId = alert.path("alertId").asText();
    Awaitility.await().atMost(PATIENCE).until(() -> streamed.contains(alertId));
    assertEquals(List.of(alertId), List.copyOf(streamed), "the live stream carried it once");

    List<DeadLetter> deadLetters = deadLetters(2);
    assertEquals(List.of(RejectReason.UNDECODABLE, RejectReason.UNDECODABLE),
        deadLetters.stream().map(DeadLetter::getReasonCode).toList());
    assertTrue(deadLetters.stream().allMatch(d -> d.getSource().getTopic().equals(Feed.REVIEWS.topic())));

    String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(metrics.lines().anyMatch(l -> l.startsWith("sentinelle_alerts_received_total{")
        && l.contains("detector=\"restaurant-hygiene\"") && l.endsWith(" 1.0")), metrics);
  }

  @Test
  void demoWaterReadingsRaiseOneAlertPerEventAndRankTheStationsToControl() throws Exception {
    Path feed = dataDir.resolve("water.jsonl");
    int readings = DemoFeed.writeShifted(DemoFeed.WATER, java.time.Instant.now(), feed);
    int exit = new CommandLine(new ConnectorsCli()).execute("publish", "--feed", "water", "--file", feed.toString(),
        "--rate", "2000", "--bootstrap-servers", stack.bootstrapServers());
    assertEquals(0, exit, "every demo reading is valid");
    assertEquals(2880, readings);

    // The replay is deterministic (the build's default model, the generated feed): each event closed
    // before the feed ends is one alert id with an OPEN and a CLOSED version, the last ones stay OPEN.
    JsonNode page = Awaitility.await().atMost(PATIENCE).until(
        () -> get("/api/alerts?detector=water-quality&status=CLOSED&size=100"),
        p -> p.path("total").asInt() >= EXPECTED_WATER_EVENTS);
    assertEquals(EXPECTED_WATER_EVENTS, page.path("total").asInt(), page.toString());
    Set<String> stations = new java.util.TreeSet<>();
    page.path("items").forEach(a -> {
      stations.add(a.path("subject").path("id").asText());
      assertTrue(a.path("evidence").size() > 0, "the deviating parameters are the evidence: " + a);
      assertTrue(Set.of("35", "29").contains(a.path("department").asText()), a.toString());
    });
    assertTrue(stations.stream().allMatch(id -> id.matches("demo-(35|29)-0[12]")), stations.toString());
    JsonNode open = Awaitility.await().atMost(PATIENCE).until(
        () -> get("/api/alerts?detector=water-quality&status=OPEN&size=100"),
        p -> p.path("total").asInt() >= EXPECTED_OPEN_WATER_EVENTS);
    assertEquals(EXPECTED_OPEN_WATER_EVENTS, open.path("total").asInt(), open.toString());

    JsonNode targets = get("/api/targets?detector=water-quality&department=35");
    List<String> ranked = new ArrayList<>();
    targets.path("items").forEach(t -> {
      ranked.add(t.path("subject").path("id").asText());
      assertEquals("35", t.path("department").asText());
      assertEquals(ranked.size(), t.path("rank").asInt());
    });
    assertEquals(stations.stream().filter(id -> id.startsWith("demo-35")).sorted().toList(),
        ranked.stream().sorted().toList(), "every alerting station of the department, and only those");
  }

  private static String alertIdIn(String json) {
    try {
      return JSON.readTree(json).path("alertId").asText();
    } catch (java.io.IOException notJson) {
      return "";
    }
  }

  private static Set<String> recordIds(JsonNode evidence) {
    List<String> ids = new ArrayList<>();
    evidence.forEach(e -> ids.add(e.path("recordId").asText()));
    return Set.copyOf(ids);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(stack.apiUrl() + path)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static void publishRaw(byte[]... values) throws Exception {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      for (byte[] value : values) {
        producer.send(new ProducerRecord<>(Feed.REVIEWS.topic(), "e2e-garbage".getBytes(), value))
            .get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static List<DeadLetter> deadLetters(int expected) {
    AvroCodec<DeadLetter> codec = AvroCodec.of(DeadLetter.class);
    List<DeadLetter> found = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers(),
        "group.id", "e2e-dead-letters", "auto.offset.reset", "earliest"),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.DEAD_LETTERS));
      Awaitility.await().atMost(PATIENCE).until(() -> {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          found.add(codec.decode(r.value()));
        }
        return found.size() >= expected;
      });
    }
    return found;
  }
}
