package fr.sentinelle.api.http;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.aboutSubject;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.api.access.KeyFile;
import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.api.view.ActionRequest;
import fr.sentinelle.api.view.CasePage;
import fr.sentinelle.api.view.CaseView;
import fr.sentinelle.api.view.HistoryView;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops the service and starts it again on an empty state directory: cases, actions and the live
 * stream's sequence come back from the changelog topics, and folding carries on where it stopped.
 */
class RestartITCase {
  private static final String TOPIC = "restart.alerts";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final AvroCodec<Alert> CODEC = AvroCodec.of(Alert.class);

  @TempDir Path workDir;

  @Test
  void aRestartOnAnEmptyStateDirectoryLosesNoCaseNoActionAndKeepsTheSequence() throws Exception {
    try (LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(workDir.resolve("kafka")));
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new ByteArraySerializer())) {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
        admin.createTopics(Set.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
      }
      Path keyFile = workDir.resolve("jwt-key");
      String alice = new TestTokens(KeyFile.loadOrCreate(keyFile))
          .token("alice", "inspector", List.of("75"), List.of(HYGIENE), false);
      Alert a1 = aboutSubject("r1", "est-r", T0);
      Alert a2 = aboutSubject("r2", "est-r", T0.plusSeconds(60));
      Alert b1 = alert("r3", HYGIENE, "75", T0.plusSeconds(120));
      String caseId = CaseIds.of(a1);

      CaseView before;
      try (EmbeddedServer server = start(broker, keyFile, workDir.resolve("state-1"))) {
        ApiClient api = new ApiClient(server.getApplicationContext().createBean(HttpClient.class, server.getURL()),
            server.getURI());
        for (Alert alert : List.of(a1, a2, b1)) {
          producer.send(new ProducerRecord<>(TOPIC, alert.getAlertId(), CODEC.encode(alert))).get();
        }
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
            assertEquals(2, api.get(alice, "/api/cases", CasePage.class).total()));
        api.post(alice, "/api/cases/" + caseId + "/actions", new ActionRequest("acknowledge", null, null, null, null), Map.class);
        api.post(alice, "/api/cases/" + caseId + "/actions", new ActionRequest("note", null, null, null, "vu"), Map.class);
        await().atMost(PATIENCE).untilAsserted(() ->
            assertEquals(4, api.get(alice, "/api/cases/" + caseId, CaseView.class).history().size()));
        before = api.get(alice, "/api/cases/" + caseId, CaseView.class);
        assertEquals("ACKNOWLEDGED", before.status());
        api.assertStatus(null, HttpStatus.UNAUTHORIZED, "/metrics"); // metrics-on-loopback is off by default
      }

      try (EmbeddedServer server = start(broker, keyFile, workDir.resolve("state-2"),
          Map.of("sentinelle.security.metrics-on-loopback", "true"))) {
        ApiClient api = new ApiClient(server.getApplicationContext().createBean(HttpClient.class, server.getURL()),
            server.getURI());
        // A local Prometheus scrapes without a token; nothing else opens up.
        assertTrue(api.get(null, "/metrics", String.class).contains("jvm_threads_current"));
        api.assertStatus(null, HttpStatus.UNAUTHORIZED, "/api/cases");
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
            assertEquals(before, api.get(alice, "/api/cases/" + caseId, CaseView.class)));
        assertEquals(2, before.alertCount());
        assertEquals(List.of("ALERT", "ALERT", "ACKNOWLEDGE", "NOTE"),
            before.history().stream().map(HistoryView::type).toList());
        assertEquals(2, api.get(alice, "/api/cases?q=malade", CasePage.class).total()); // index rebuilt

        SseText stream = api.stream(alice, "/api/alerts/stream", "0");
        try {
          await().atMost(PATIENCE).untilAsserted(() -> assertEquals(3, stream.events().size(), stream.raw()));
          Alert a3 = aboutSubject("r4", "est-r", T0.plusSeconds(180));
          producer.send(new ProducerRecord<>(TOPIC, a3.getAlertId(), CODEC.encode(a3))).get();
          await().atMost(PATIENCE).untilAsserted(() -> assertEquals(4, stream.events().size(), stream.raw()));
          assertEquals(List.of("1", "2", "3", "4"), stream.events().stream().map(event -> event.get("id")).toList());
        } finally {
          stream.cancel();
        }
        api.post(alice, "/api/cases/" + caseId + "/actions", new ActionRequest("assign", "bob", null, null, null), Map.class);
        await().atMost(PATIENCE).untilAsserted(() ->
            assertEquals("ASSIGNED", api.get(alice, "/api/cases/" + caseId, CaseView.class).status()));
        assertEquals(3, api.get(alice, "/api/cases/" + caseId, CaseView.class).alertCount());
      }
    }
  }

  private static EmbeddedServer start(LocalBroker broker, Path keyFile, Path stateDir) {
    return start(broker, keyFile, stateDir, Map.of());
  }

  private static EmbeddedServer start(LocalBroker broker, Path keyFile, Path stateDir, Map<String, Object> more) {
    Map<String, Object> properties = new java.util.HashMap<>(more);
    properties.putAll(Map.of(
        "sentinelle.kafka.bootstrap-servers", broker.bootstrapServers(),
        "sentinelle.alerts.topic", TOPIC,
        "sentinelle.alerts.actions-topic", "restart.actions",
        "sentinelle.alerts.feedback-topic", "restart.feedback",
        "sentinelle.streams.application-id", "alert-api-restart",
        "sentinelle.streams.state-dir", stateDir.toString(),
        "sentinelle.security.key-file", keyFile.toString(),
        "micronaut.server.port", "-1"));
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }
}
