package fr.sentinelle.api.http;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.MEDICAL;
import static fr.sentinelle.api.TestAlerts.WATER;
import static fr.sentinelle.api.TestAlerts.aboutSubject;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.api.access.ForbiddenException;
import fr.sentinelle.api.access.KeyFile;
import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.api.state.AlertStreams;
import fr.sentinelle.api.state.Json;
import fr.sentinelle.api.cases.Feedback;
import fr.sentinelle.api.view.ActionAccepted;
import fr.sentinelle.api.view.ActionRequest;
import fr.sentinelle.api.view.AlertPage;
import fr.sentinelle.api.view.AlertView;
import fr.sentinelle.api.view.AlertViews;
import fr.sentinelle.api.view.CasePage;
import fr.sentinelle.api.view.CaseView;
import fr.sentinelle.api.view.ErrorBody;
import fr.sentinelle.api.view.HistoryView;
import fr.sentinelle.api.view.MeView;
import fr.sentinelle.api.view.TargetList;
import fr.sentinelle.api.view.TargetView;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service against a real broker, through its real HTTP server, with real signed tokens. The
 * methods run in order as one scenario: later steps publish more alerts and act on cases.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertApiITCase implements TestPropertyProvider {
  private static final String TOPIC = "it.alerts";
  private static final String ACTIONS = "it.alert-actions";
  private static final String FEEDBACK = "it.feedback";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final AvroCodec<Alert> CODEC = AvroCodec.of(Alert.class);
  private static final ErrorBody FORBIDDEN = new ErrorBody("forbidden", ForbiddenException.MESSAGE);

  private static final Alert H1 = alert("h1", HYGIENE, "75", T0.plusSeconds(3 * 3600));
  private static final Alert H2 = alert("h2", HYGIENE, "13", T0.plusSeconds(2 * 3600));
  private static final Alert W1 = alert("w1", WATER, "75", T0.plusSeconds(2 * 3600));
  private static final Alert H3 = alert("h3", HYGIENE, "75", T0.plusSeconds(3600));
  private static final Alert H3_UPDATED = alert("h3", HYGIENE, "75", T0.plusSeconds(5400), AlertStatus.UPDATE);
  private static final Alert M1 = alert("m1", MEDICAL, "75", T0.plusSeconds(4 * 3600));
  private static final Alert P1 = aboutSubject("p1", "est-multi", T0.plusSeconds(600));
  private static final Alert P2 = aboutSubject("p2", "est-multi", T0.plusSeconds(1200));
  private static final Alert P3 = aboutSubject("p3", "est-multi", T0.plusSeconds(1800));

  private Path workDir;
  private LocalBroker broker;
  private KafkaProducer<String, byte[]> producer;
  private TestTokens tokens;
  private String alice; // inspector, 75, hygiene + water
  private String bob; // inspector, 13, hygiene
  private String sup; // supervisor, hygiene, every department
  private String medic; // inspector, 75, medical-reports, medical scope
  private String noMedical; // inspector, 75, medical-reports, no medical scope
  private String operator;
  private String integrator;
  private ApiClient api;

  @Inject @Client("/") HttpClient http;
  @Inject EmbeddedServer server;
  @Inject AlertStreams streams;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    try {
      workDir = Files.createTempDirectory("alert-api-it");
      broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(workDir.resolve("kafka")));
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
        admin.createTopics(Set.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot prepare the broker", e);
    }
    producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    Path keyFile = workDir.resolve("keys/jwt-key");
    tokens = new TestTokens(KeyFile.loadOrCreate(keyFile));
    alice = tokens.token("alice", "inspector", List.of("75"), List.of(HYGIENE, WATER), false);
    bob = tokens.token("bob", "inspector", List.of("13"), List.of(HYGIENE), false);
    sup = tokens.token("sophie", "supervisor", List.of(), List.of(HYGIENE), false);
    medic = tokens.token("marc", "inspector", List.of("75"), List.of(MEDICAL), true);
    noMedical = tokens.token("nina", "inspector", List.of("75"), List.of(MEDICAL), false);
    operator = tokens.token("olga", "operator", List.of(), List.of(), false);
    integrator = tokens.token("ivan", "integrator", List.of(), List.of(), false);
    return Map.of(
        "sentinelle.kafka.bootstrap-servers", broker.bootstrapServers(),
        "sentinelle.alerts.topic", TOPIC,
        "sentinelle.alerts.actions-topic", ACTIONS,
        "sentinelle.alerts.feedback-topic", FEEDBACK,
        "sentinelle.alerts.keep-alive", "200ms",
        "sentinelle.streams.application-id", "alert-api-it",
        "sentinelle.streams.state-dir", workDir.resolve("state").toString(),
        "sentinelle.security.key-file", keyFile.toString(),
        "micronaut.server.port", "-1");
  }

  @BeforeAll
  void publishKnownAlerts() {
    api = new ApiClient(http, server.getURI());
    publish(H1, H2, W1, H3, M1);
    producer.send(new ProducerRecord<>(TOPIC, "junk", "random bytes".getBytes(StandardCharsets.UTF_8)));
    publish(H1, H1, H3_UPDATED, P1, P2, P3); // the same h1 three times in all
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
  void eachInspectorListsOnlyTheCasesOfHisScopeMostRecentFirst() {
    await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
        assertEquals(List.of("h1", "w1", "h3", "p3"), latestIds(cases(alice, "/api/cases"))));
    assertEquals(4, cases(alice, "/api/cases").total());
    assertEquals(List.of("h2"), latestIds(cases(bob, "/api/cases")));
    assertEquals(1, cases(bob, "/api/cases").total());
    assertEquals(List.of("h1", "h2", "h3", "p3"), latestIds(cases(sup, "/api/cases")));
    assertEquals(List.of("m1"), latestIds(cases(medic, "/api/cases")));
    assertEquals(0, cases(noMedical, "/api/cases").total());
  }

  @Test
  @Order(2)
  void theSameAlertThreeTimesIsOneCaseOfOneAndThreeAlertsAboutOneSubjectOneCaseOfThree() {
    CaseView h1 = api.get(alice, "/api/cases/" + CaseIds.of(H1), CaseView.class);
    assertEquals(1, h1.alertCount());
    assertEquals(List.of("ALERT"), h1.history().stream().map(HistoryView::type).toList());
    CaseView multi = api.get(alice, "/api/cases/" + CaseIds.of(P1), CaseView.class);
    assertEquals(3, multi.alertCount());
    assertEquals(T0.plusSeconds(600), multi.firstSeen());
    assertEquals(T0.plusSeconds(1800), multi.lastSeen());
    assertEquals("OPEN", multi.status());
    // Three partitions: the alerts of one subject may be folded in any order.
    assertEquals(List.of("p1", "p2", "p3"), multi.history().stream().map(HistoryView::alertId).sorted().toList());
    assertEquals(48.8686, multi.subject().location().lat());
    assertEquals("est-multi", multi.subject().id());
    assertEquals("J'ai été malade après le repas", multi.latestAlert().evidence().get(0).excerpt());
    String raw = http.toBlocking().retrieve(HttpRequest.GET("/api/cases").bearerAuth(alice));
    assertTrue(raw.contains("\"lastSeen\":\"2026-03-02T11:00:00Z\""), raw);
    assertTrue(!raw.contains("\"history\""), "lists carry no history");
  }

  @Test
  @Order(3)
  void casesFilterBySeverityStatusTimeAndPage() {
    assertEquals(4, cases(alice, "/api/cases?severity=high&status=open").total());
    assertEquals(0, cases(alice, "/api/cases?severity=LOW").total());
    assertEquals(List.of("w1"), latestIds(cases(alice, "/api/cases?detector=water-quality")));
    assertEquals(List.of("h1", "w1"), latestIds(cases(alice, "/api/cases?since=2026-03-02T10:00:00Z")));
    assertEquals(List.of("h3", "p3"), latestIds(cases(alice, "/api/cases?until=2026-03-02T10:00:00Z")));
    CasePage second = cases(alice, "/api/cases?page=1&size=3");
    assertEquals(List.of("p3"), latestIds(second));
    assertEquals(4, second.total());
  }

  @Test
  @Order(4)
  void searchFindsOnlyInScopeCasesAndReadsTheTextAsWordsNotSyntax() {
    assertEquals(4, cases(alice, "/api/cases?q=malade").total()); // French stemming: "malades" too
    assertEquals(4, cases(alice, "/api/cases?q=MALADES").total());
    assertEquals(1, cases(bob, "/api/cases?q=malade").total());
    assertEquals(List.of("h2"), latestIds(cases(bob, "/api/cases?q=Chez%20h2")));
    assertEquals(0, cases(alice, "/api/cases?q=Chez%20h2").total()); // bob's: not even counted
    assertEquals(List.of("h1"), latestIds(cases(alice, "/api/cases?q=h1")));
    assertEquals(0, cases(alice, "/api/cases?q=text:*%20OR%20h1").total()); // "or", "text" are just words
    assertEquals(List.of("h1"), latestIds(cases(alice, "/api/cases?q=%22h1%22")));
    assertEquals(0, cases(alice, "/api/cases?q=le").total()); // only a stop word: nothing to match
    AlertPage alerts = api.get(alice, "/api/alerts?q=repas&size=10", AlertPage.class);
    assertEquals(6, alerts.total());
  }

  @Test
  @Order(5)
  void alertsAreScopedAndFilteredAndKeepTheirShape() {
    AlertPage page = api.get(alice, "/api/alerts", AlertPage.class);
    assertEquals(AlertViews.of(List.of(H1, W1, H3_UPDATED, P3, P2, P1)), page.items());
    assertEquals(new AlertPage(AlertViews.of(List.of(H2)), 0, 50, 1), api.get(bob, "/api/alerts", AlertPage.class));
    assertEquals(AlertViews.of(H1), api.get(alice, "/api/alerts/h1", AlertView.class));
    assertEquals(CaseIds.of(H1), api.get(alice, "/api/alerts/h1", AlertView.class).caseId());
    assertEquals(List.of("h3"), api.get(alice, "/api/alerts?status=update", AlertPage.class).items().stream()
        .map(AlertView::alertId).toList());
    assertEquals(3, api.get(alice, "/api/alerts?until=2026-03-02T09:00:00Z", AlertPage.class).total());
    assertEquals(AlertViews.of(M1), api.get(medic, "/api/alerts/m1", AlertView.class));
  }

  @Test
  @Order(6)
  void targetsRankTheScopedSubjects() {
    TargetList water = api.get(alice, "/api/targets?detector=water-quality&department=75", TargetList.class);
    assertEquals(1, water.total());
    TargetView first = water.items().get(0);
    assertEquals(List.of(1, "est-w1", "OPEN", "HIGH"), List.of(first.rank(), first.subject().id(), first.status(),
        first.severity()));
    TargetList all = api.get(alice, "/api/targets", TargetList.class);
    // Same severity and score: most recent alert first.
    assertEquals(List.of("est-h1", "est-w1", "est-h3", "est-multi"),
        all.items().stream().map(target -> target.subject().id()).toList());
    assertEquals(List.of("est-h2"), api.get(bob, "/api/targets", TargetList.class).items().stream()
        .map(target -> target.subject().id()).toList());
  }

  @Test
  @Order(7)
  void outsideTheScopeIsTheSame403WhetherOrNotItExists() {
    String bobsCase = "/api/cases/" + CaseIds.of(H2);
    api.assertError(alice, HttpStatus.FORBIDDEN, bobsCase, FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/cases/c-00000000000000000000", FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/alerts/h2", FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/alerts/nope", FORBIDDEN);
    api.assertError(noMedical, HttpStatus.FORBIDDEN, "/api/alerts/m1", FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, HttpRequest.POST(bobsCase + "/actions",
        new ActionRequest("acknowledge", null, null, null, null)), FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/cases?department=13", FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/alerts?detector=medical-reports", FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/targets?department=13", FORBIDDEN);
    api.assertError(alice, HttpStatus.FORBIDDEN, "/api/alerts/stream?department=13", FORBIDDEN);
    api.assertError(noMedical, HttpStatus.FORBIDDEN, "/api/cases?detector=medical-reports", FORBIDDEN);
    for (String uri : List.of("/api/cases", "/api/alerts", "/api/targets", "/api/alerts/stream", bobsCase)) {
      api.assertStatus(operator, HttpStatus.FORBIDDEN, uri);
      api.assertStatus(integrator, HttpStatus.FORBIDDEN, uri);
    }
    api.assertStatus(alice, HttpStatus.FORBIDDEN, "/metrics");
    api.assertStatus(integrator, HttpStatus.FORBIDDEN, "/metrics");
  }

  @Test
  @Order(8)
  void missingExpiredForgedUnsignedAndMalformedTokensAre401() {
    List<String> bad = new ArrayList<>();
    bad.add(null);
    bad.add(tokens.expired("alice"));
    bad.add(TestTokens.forged("mallory"));
    bad.add(TestTokens.unsigned("mallory"));
    bad.add(tokens.withoutExpiry("mallory"));
    bad.add("not-a-jwt");
    bad.add("eyJhbGciOiJIUzI1NiJ9.e30.AAAA");
    for (String token : bad) {
      for (String uri : List.of("/api/cases", "/api/cases/" + CaseIds.of(H1), "/api/alerts", "/api/alerts/h1",
          "/api/alerts/stream", "/api/targets", "/api/me", "/metrics")) {
        api.assertStatus(token, HttpStatus.UNAUTHORIZED, uri);
      }
      api.assertError(token, HttpStatus.UNAUTHORIZED, HttpRequest.POST("/api/cases/" + CaseIds.of(H1) + "/actions",
          new ActionRequest("acknowledge", null, null, null, null)), null);
    }
    Path keyFile = workDir.resolve("keys/jwt-key");
    try {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
    assertEquals("UP", health.get("status"));
    assertTrue(http.toBlocking().retrieve("/swagger/sentinelle-alert-service-0.1.yml").contains("/api/cases/{caseId}/actions"));
  }

  @Test
  @Order(9)
  void meTellsTheCallerHisScope() {
    assertEquals(new MeView("alice", List.of("inspector"), List.of("75"), List.of(HYGIENE, WATER), false),
        api.get(alice, "/api/me", MeView.class));
    assertEquals(new MeView("marc", List.of("inspector"), List.of("75"), List.of(MEDICAL), true),
        api.get(medic, "/api/me", MeView.class));
  }

  @Test
  @Order(10)
  void badActionsAre400WithAClearMessage() {
    String uri = "/api/cases/" + CaseIds.of(H1) + "/actions";
    assertBadAction(uri, new ActionRequest("explode", null, null, null, null),
        "type must be one of [acknowledge, assign, resolve, silence, note], got 'explode'");
    assertBadAction(uri, new ActionRequest("resolve", null, null, null, null),
        "resolve needs a verdict: one of [confirmed, false-positive, no-action], got 'null'");
    assertBadAction(uri, new ActionRequest("resolve", null, "maybe", null, null),
        "resolve needs a verdict: one of [confirmed, false-positive, no-action], got 'maybe'");
    assertBadAction(uri, new ActionRequest("silence", null, null, "2020-01-01T00:00:00Z", null),
        "until must be in the future, got 2020-01-01T00:00:00Z");
    assertBadAction(uri, new ActionRequest("silence", null, null, "tomorrow", null),
        "until must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got 'tomorrow'");
    assertBadAction(uri, new ActionRequest("assign", null, null, null, null),
        "assign needs an assignee of 1 to 100 characters");
    assertBadAction(uri, new ActionRequest("note", null, null, null, "x".repeat(2001)),
        "note must be at most 2000 characters, got 2001");
    assertBadAction(uri, new ActionRequest("note", null, null, null, " "), "note needs a non-empty note");
    api.assertError(alice, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        HttpRequest.POST(uri, new ActionRequest("note", null, null, null, "x".repeat(100_000))), null);
  }

  @Test
  @Order(11)
  void actionsAreFoldedIntoTheCaseAndAVerdictIsPublishedAsFeedback() {
    String caseId = CaseIds.of(H1);
    String uri = "/api/cases/" + caseId + "/actions";
    ActionAccepted ack = api.post(alice, uri, new ActionRequest("acknowledge", null, null, null, null), ActionAccepted.class);
    await().atMost(PATIENCE).untilAsserted(() ->
        assertEquals("ACKNOWLEDGED", api.get(alice, "/api/cases/" + caseId, CaseView.class).status()));
    assertEquals(202, api.postStatus(alice, uri, new ActionRequest("assign", "bernard", null, null, null)));
    assertEquals(202, api.postStatus(alice, uri, new ActionRequest("note", null, null, null, "Contrôle prévu jeudi")));
    ActionAccepted resolve = api.post(alice, uri, new ActionRequest("resolve", null, "false-positive", null, null),
        ActionAccepted.class);
    await().atMost(PATIENCE).untilAsserted(() ->
        assertEquals("RESOLVED", api.get(alice, "/api/cases/" + caseId, CaseView.class).status()));
    CaseView resolved = api.get(alice, "/api/cases/" + caseId, CaseView.class);
    assertEquals("false-positive", resolved.verdict());
    assertEquals("bernard", resolved.assignee());
    List<HistoryView> history = resolved.history();
    assertEquals(List.of("ALERT", "ACKNOWLEDGE", "ASSIGN", "NOTE", "RESOLVE"), history.stream().map(HistoryView::type).toList());
    assertEquals(ack.actionId(), history.get(1).actionId());
    assertEquals("alice", history.get(1).by());
    assertEquals("Contrôle prévu jeudi", history.get(3).note());
    // The supervisor of the detector sees the same case, acted on by alice.
    assertEquals("RESOLVED", api.get(sup, "/api/cases/" + caseId, CaseView.class).status());
    api.assertError(alice, HttpStatus.CONFLICT, HttpRequest.POST(uri, new ActionRequest("acknowledge", null, null, null, null)),
        new ErrorBody("conflict", "case is resolved: only note and silence apply until its next alert re-opens it"));
    api.assertError(bob, HttpStatus.FORBIDDEN, HttpRequest.POST(uri, new ActionRequest("note", null, null, null, "hi")),
        FORBIDDEN);

    Feedback feedback = readOneFeedback();
    assertEquals(new Feedback(resolve.actionId(), caseId, List.of("h1"), HYGIENE, "75", "establishment", "est-h1",
        "false-positive", "alice", feedback.at()), feedback);
    assertEquals(List.of("RESOLVED"), api.get(alice, "/api/cases?status=resolved", CasePage.class).items().stream()
        .map(CaseView::status).toList());
  }

  @Test
  @Order(12)
  void twoInspectorsStreamOnlyTheirOwnAlertsAndAResumeGetsExactlyWhatWasMissed() throws Exception {
    SseText aliceStream = api.stream(alice, "/api/alerts/stream", null);
    SseText bobStream = api.stream(null, "/api/alerts/stream?access_token=" + bob, null);
    try {
      await().atMost(PATIENCE).untilAsserted(() -> assertEquals(2.0, metric("sentinelle_alert_stream_subscribers")));
      Alert a1 = alert("s-a1", HYGIENE, "75", T0.plusSeconds(7200));
      Alert b1 = alert("s-b1", HYGIENE, "13", T0.plusSeconds(7200));
      publish(a1, b1);
      await().atMost(PATIENCE).untilAsserted(() -> {
        assertEquals(1, aliceStream.events().size(), aliceStream.raw());
        assertEquals(1, bobStream.events().size(), bobStream.raw());
      });
      assertEquals("alert", aliceStream.events().get(0).get("event"));
      assertEquals(AlertViews.of(a1), json.readValue(aliceStream.events().get(0).get("data"), AlertView.class));
      assertEquals(AlertViews.of(b1), json.readValue(bobStream.events().get(0).get("data"), AlertView.class));
      long aliceLast = Long.parseLong(aliceStream.events().get(0).get("id"));
      long bobLast = Long.parseLong(bobStream.events().get(0).get("id"));
      assertTrue(aliceLast != bobLast, "one sequence for all alerts");
      aliceStream.cancel();
      await().atMost(PATIENCE).untilAsserted(() -> assertEquals(1.0, metric("sentinelle_alert_stream_subscribers")));

      // While alice is away: two alerts for her, one for bob.
      Alert a2 = alert("s-a2", HYGIENE, "75", T0.plusSeconds(7300));
      Alert a3 = alert("s-a3", WATER, "75", T0.plusSeconds(7400));
      Alert b2 = alert("s-b2", HYGIENE, "13", T0.plusSeconds(7300));
      publish(a2, b2, a3);
      await().atMost(PATIENCE).untilAsserted(() -> assertEquals(2, bobStream.events().size()));
      await().atMost(PATIENCE).ignoreExceptions().until(() -> api.get(alice, "/api/alerts/s-a3", AlertView.class) != null);

      SseText resumed = api.stream(alice, "/api/alerts/stream", Long.toString(aliceLast));
      try {
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(2, resumed.events().size(), resumed.raw()));
        Alert a4 = alert("s-a4", HYGIENE, "75", T0.plusSeconds(7500));
        publish(a4);
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(3, resumed.events().size(), resumed.raw()));
        List<String> received = resumed.events().stream().map(event -> readAlert(event.get("data")).alertId()).toList();
        // s-a2 and s-a3 went to different partitions: folded in either order, then s-a4 live.
        assertEquals(Set.of("s-a2", "s-a3"), Set.copyOf(received.subList(0, 2)));
        assertEquals("s-a4", received.get(2));
        List<Long> ids = resumed.events().stream().map(event -> Long.parseLong(event.get("id"))).toList();
        assertTrue(ids.get(0) > aliceLast && ids.get(0) < ids.get(1) && ids.get(1) < ids.get(2), ids.toString());
        assertEquals(List.of(), resumed.errors());
        await().atMost(PATIENCE).until(() -> resumed.comments().contains("keep-alive"));

        // An action on one of her cases comes as a case event, without an id (not resumable).
        String caseId = CaseIds.of(a4);
        api.post(alice, "/api/cases/" + caseId + "/actions", new ActionRequest("acknowledge", null, null, null, null),
            ActionAccepted.class);
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(4, resumed.events().size(), resumed.raw()));
        Map<String, String> changed = resumed.events().get(3);
        assertEquals("case", changed.get("event"));
        assertEquals(null, changed.get("id"));
        CaseView view = json.readValue(changed.get("data"), CaseView.class);
        assertEquals(List.of(caseId, "ACKNOWLEDGED"), List.of(view.caseId(), view.status()));
      } finally {
        resumed.cancel();
      }
      assertEquals(List.of("s-b1", "s-b2"), bobStream.events().stream()
          .map(event -> readAlert(event.get("data")).alertId()).toList());
    } finally {
      aliceStream.cancel();
      bobStream.cancel();
    }
  }

  @Test
  @Order(13)
  void metricsNeedAnOperatorAndCountCasesAcknowledgementsAndLag() {
    await().atMost(PATIENCE).untilAsserted(() -> {
      Map<String, Double> samples = PrometheusText.samples(api.get(operator, "/metrics", String.class));
      // h1 ×3, h2, h3 ×2, p1-p3, then s-a1, s-b1, s-a2, s-b2, s-a4 on the stream
      assertEquals(14.0, samples.get("sentinelle_alerts_received_total{detector=\"restaurant-hygiene\",severity=\"high\"}"));
      assertEquals(2.0, samples.get("sentinelle_alerts_duplicate_total"));
      assertEquals(1.0, samples.get("sentinelle_alert_records_rejected_total{reason=\"undecodable\"}"));
      assertEquals(2.0, samples.get("sentinelle_case_acknowledge_duration_seconds_count{detector=\"restaurant-hygiene\"}")); // h1, s-a4
      assertEquals(2.0, samples.get("sentinelle_cases_open{detector=\"water-quality\",severity=\"high\"}")); // w1, s-a3
      assertEquals(1.0, samples.get("sentinelle_cases_open{detector=\"medical-reports\",severity=\"high\"}"));
      assertTrue(samples.get("sentinelle_alert_stream_lag_seconds_count") >= 4.0, samples.toString());
      assertEquals(1.0, samples.get("sentinelle_case_actions_total{type=\"resolve\"}"));
      assertEquals(0.0, samples.get("sentinelle_alert_stream_subscribers"));
      assertTrue(samples.containsKey("jvm_threads_current"), "JVM metrics are exported");
    });
  }

  private void assertBadAction(String uri, ActionRequest request, String message) {
    api.assertError(alice, HttpStatus.BAD_REQUEST, HttpRequest.POST(uri, request), new ErrorBody("bad_request", message));
  }

  private Feedback readOneFeedback() {
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "it-feedback-reader",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(FEEDBACK));
      List<String> values = new ArrayList<>();
      await().atMost(PATIENCE).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        return !values.isEmpty();
      });
      assertEquals(1, values.size(), values.toString());
      return Json.read(values.get(0).getBytes(StandardCharsets.UTF_8), Feedback.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AlertView readAlert(String data) {
    try {
      return json.readValue(data, AlertView.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CasePage cases(String token, String uri) {
    return api.get(token, uri, CasePage.class);
  }

  private static List<String> latestIds(CasePage page) {
    return page.items().stream().map(item -> item.latestAlert().alertId()).toList();
  }

  private void publish(Alert... alerts) {
    for (Alert alert : alerts) {
      producer.send(new ProducerRecord<>(TOPIC, alert.getAlertId(), CODEC.encode(alert)));
    }
    producer.flush();
  }

  private double metric(String sample) {
    Double value = PrometheusText.samples(api.get(operator, "/metrics", String.class)).get(sample);
    return value == null ? Double.NaN : value;
  }
}
