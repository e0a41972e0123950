package fr.sentinelle.api.state;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.alert;
import static fr.sentinelle.api.TestAlerts.aboutSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.CaseStatus;
import fr.sentinelle.api.cases.Feedback;
import fr.sentinelle.api.cases.HistoryEntry;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.search.TextIndex;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.codec.AvroCodec;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");
  private static final AvroCodec<Alert> CODEC = AvroCodec.of(Alert.class);
  private static final AlertTopology.Topics TOPICS =
      new AlertTopology.Topics("test.alerts", "test.actions", "test.feedback");

  @TempDir Path stateDir;
  private final List<Long> sequences = new ArrayList<>();
  private final List<Alert> streamed = new ArrayList<>();
  private final List<CaseState> changed = new ArrayList<>();
  private AlertMetrics metrics;
  private TextIndex index;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> alerts;
  private TestInputTopic<String, byte[]> actions;
  private TestOutputTopic<String, String> feedback;
  private KeyValueStore<String, Alert> alertStore;
  private KeyValueStore<String, CaseState> cases;
  private KeyValueStore<String, HistoryEntry> historyStore;

  @BeforeEach
  void startDriver() {
    metrics = new AlertMetrics(new PrometheusRegistry());
    index = new TextIndex();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-topology-test");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    CaseListener listener = new CaseListener() {
      @Override
      public void alertNotified(long sequence, Alert alert, long recordTimestamp) {
        sequences.add(sequence);
        streamed.add(alert);
      }

      @Override
      public void caseChanged(CaseState state) {
        changed.add(state);
      }
    };
    // The wall clock decides silences; it starts at T0 and moves only when a test moves it.
    driver = new TopologyTestDriver(AlertTopology.build(TOPICS, metrics, listener, index, 3), props, T0);
    alerts = driver.createInputTopic(TOPICS.alerts(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    actions = driver.createInputTopic(TOPICS.actions(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    feedback = driver.createOutputTopic(TOPICS.feedback(), Serdes.String().deserializer(),
        Serdes.String().deserializer());
    alertStore = driver.getKeyValueStore(AlertTopology.ALERTS_STORE);
    cases = driver.getKeyValueStore(AlertTopology.CASES_STORE);
    historyStore = driver.getKeyValueStore(AlertTopology.HISTORY_STORE);
  }

  @AfterEach
  void closeDriver() throws Exception {
    driver.close();
    index.close();
  }

  private void publish(Alert alert, Instant timestamp) {
    alerts.pipeInput(alert.getAlertId(), CODEC.encode(alert), timestamp);
  }

  private void act(String type, String caseId, String actionId, Instant at, String assignee, String verdict,
      Instant until, String note) {
    CaseAction action = new CaseAction(actionId, caseId, type, "alice", at, assignee, verdict, until, note);
    actions.pipeInput(caseId, Json.write(action), at);
  }

  @Test
  void theSameAlertThreeTimesIsOneCaseWithCountOneStreamedOnce() {
    Alert first = alert("a-1", HYGIENE, "75", T0);
    for (int i = 0; i < 3; i++) {
      publish(first, T0.plusSeconds(i));
    }

    CaseState state = cases.get(CaseIds.of(first));
    assertEquals(1, state.alertCount);
    assertEquals(CaseStatus.OPEN, state.status);
    assertEquals(first, alertStore.get("a-1"));
    assertEquals(List.of(first), streamed);
    assertEquals(List.of(1L), sequences);
    assertEquals(3.0, metrics.receivedCount(HYGIENE, "HIGH"));
    assertEquals(2.0, metrics.duplicateCount());
  }

  @Test
  void threeAlertsAboutOneSubjectAreOneCaseWithCountThreeAndTheLatestEvidence() {
    Alert a = aboutSubject("b-1", "est-9", T0);
    Alert b = aboutSubject("b-2", "est-9", T0.plusSeconds(3600));
    Alert c = aboutSubject("b-3", "est-9", T0.plusSeconds(600)); // late, older event time
    publish(a, T0);
    publish(b, T0.plusSeconds(1));
    publish(c, T0.plusSeconds(2));

    CaseState state = cases.get(CaseIds.of(HYGIENE, "est-9"));
    assertEquals(3, state.alertCount);
    assertEquals(T0, state.firstSeen);
    assertEquals(T0.plusSeconds(3600), state.lastSeen);
    assertEquals("b-2", state.latestAlertId);
    assertEquals(List.of("b-1", "b-2", "b-3"), state.episodeAlertIds);
    try (var all = cases.all()) {
      assertEquals(List.of(CaseIds.of(HYGIENE, "est-9")), iteratorKeys(all));
    }
    assertEquals(List.of(1L, 2L, 3L), sequences);
    assertEquals(Set.of(CaseIds.of(HYGIENE, "est-9")), index.matchingCases("malade"));
  }

  @Test
  void aNewerVersionReplacesTheOldIsStreamedButNotCountedAndAnOlderReplayIsDropped() {
    Alert opened = alert("a-2", HYGIENE, "75", T0);
    Alert closed = alert("a-2", HYGIENE, "75", T0.plusSeconds(600), AlertStatus.CLOSED);
    publish(opened, T0);
    publish(closed, T0.plusSeconds(600));
    publish(opened, T0.plusSeconds(700)); // at-least-once replay of the older version

    assertEquals(closed, alertStore.get("a-2"));
    assertEquals(List.of(opened, closed), streamed);
    assertEquals(1, cases.get(CaseIds.of(opened)).alertCount);
    assertEquals(1.0, metrics.duplicateCount());
  }

  @Test
  void actionsAreFoldedInOrderOnceEachAndAVerdictGoesToFeedback() {
    Alert alert = alert("a-3", HYGIENE, "75", T0);
    String caseId = CaseIds.of(alert);
    publish(alert, T0);
    act("acknowledge", caseId, "x-1", T0.plusSeconds(90), null, null, null, null);
    act("acknowledge", caseId, "x-1", T0.plusSeconds(90), null, null, null, null); // redelivered
    assertEquals(CaseStatus.ACKNOWLEDGED, cases.get(caseId).status);
    act("assign", caseId, "x-2", T0.plusSeconds(100), "bob", null, null, null);
    assertEquals(CaseStatus.ASSIGNED, cases.get(caseId).status);
    assertEquals("bob", cases.get(caseId).assignee);
    act("note", caseId, "x-3", T0.plusSeconds(110), null, null, null, "Visite prévue lundi");
    act("resolve", caseId, "x-4", T0.plusSeconds(120), null, "confirmed", null, null);

    CaseState state = cases.get(caseId);
    assertEquals(CaseStatus.RESOLVED, state.status);
    assertEquals("confirmed", state.verdict);
    List<HistoryEntry> history = CaseHistory.of(historyStore, caseId);
    assertEquals(List.of("ALERT", "ACKNOWLEDGE", "ASSIGN", "NOTE", "RESOLVE"),
        history.stream().map(HistoryEntry::type).toList());
    assertEquals("Visite prévue lundi", history.get(3).note());
    assertEquals(5, state.historyLines);
    assertEquals(T0.plusSeconds(120), state.lastActionAt);
    assertEquals(4, changed.size());
    assertEquals(1, metrics.handledCount(HYGIENE)); // time to acknowledge observed once: 90 s
    var out = feedback.readKeyValue();
    assertEquals(caseId, out.key);
    assertEquals(new Feedback("x-4", caseId, List.of("a-3"), HYGIENE, "75", "establishment", "est-a-3",
        "confirmed", "alice", T0.plusSeconds(120)), readFeedback(out.value));
    assertTrue(feedback.isEmpty());
  }

  @Test
  void aSilencedSubjectCountsNewAlertsWithoutStreamingThemAndReopensWhenTheSilenceEnds() {
    Alert first = aboutSubject("s-1", "est-5", T0);
    String caseId = CaseIds.of(first);
    publish(first, T0);
    act("silence", caseId, "x-1", T0.plusSeconds(10), null, null, T0.plus(Duration.ofDays(2)), null);
    publish(aboutSubject("s-2", "est-5", T0.plusSeconds(3600)), T0.plusSeconds(3600));

    CaseState silenced = cases.get(caseId);
    assertEquals(CaseStatus.SILENCED, silenced.status);
    assertEquals(2, silenced.alertCount);
    assertEquals(List.of("s-1"), streamed.stream().map(Alert::getAlertId).toList());
    assertEquals(0, metrics.handledCount(HYGIENE)); // a silence is not handling the case

    driver.advanceWallClockTime(Duration.ofDays(3));
    publish(aboutSubject("s-3", "est-5", T0.plus(Duration.ofDays(3))), T0.plus(Duration.ofDays(3)));

    CaseState reopened = cases.get(caseId);
    assertEquals(CaseStatus.OPEN, reopened.status);
    assertNull(reopened.silencedUntil);
    assertEquals(3, reopened.alertCount);
    assertEquals(List.of("s-3"), reopened.episodeAlertIds);
    assertEquals(List.of("s-1", "s-3"), streamed.stream().map(Alert::getAlertId).toList());
    assertEquals(List.of(1L, 2L), sequences);
  }

  @Test
  void aResolvedCaseReopensWithItsNextAlertButNotWithAClosingUpdate() {
    Alert first = aboutSubject("r-1", "est-6", T0);
    String caseId = CaseIds.of(first);
    publish(first, T0);
    act("resolve", caseId, "x-1", T0.plusSeconds(10), null, "false-positive", null, null);
    publish(Alert.newBuilder(first).setStatus(AlertStatus.CLOSED).setEventTime(T0.plusSeconds(20)).build(),
        T0.plusSeconds(20));
    assertEquals(CaseStatus.RESOLVED, cases.get(caseId).status);

    publish(aboutSubject("r-2", "est-6", T0.plusSeconds(30)), T0.plusSeconds(30));
    CaseState state = cases.get(caseId);
    assertEquals(CaseStatus.OPEN, state.status);
    assertNull(state.verdict);
    assertEquals(2, state.alertCount);
  }

  @Test
  void poisonPillsOnBothTopicsAreCountedAndSkippedAndTheNextRecordsStillFlow() {
    Alert good = alert("a-4", HYGIENE, "13", T0);
    alerts.pipeInput("junk", "not an alert at all".getBytes(StandardCharsets.UTF_8), T0);
    alerts.pipeInput("empty", new byte[0], T0.plusSeconds(1));
    actions.pipeInput("junk", "{not json".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(2));
    actions.pipeInput("c-x", "{\"actionId\":\"1\",\"caseId\":\"c-x\",\"type\":\"explode\",\"by\":\"m\",\"at\":\"2026-03-02T10:15:30Z\"}"
        .getBytes(StandardCharsets.UTF_8), T0.plusSeconds(3));
    act("acknowledge", "c-unknown", "x-9", T0.plusSeconds(4), null, null, null, null);
    publish(good, T0.plusSeconds(5));
    act("acknowledge", CaseIds.of(good), "x-10", T0.plusSeconds(6), null, null, null, null);

    assertEquals(3.0, metrics.rejectedCount("UNDECODABLE"));
    assertEquals(1.0, metrics.rejectedCount("invalid"));
    assertEquals(1.0, metrics.rejectedCount("unknown_case"));
    assertNull(alertStore.get("junk"));
    assertEquals(List.of(good), streamed);
    assertEquals(CaseStatus.ACKNOWLEDGED, cases.get(CaseIds.of(good)).status);
  }

  @Test
  void aCaseKeepsTheLatestHistoryLinesAndTheExactCountBeyondThem() {
    int versions = CaseState.MAX_HISTORY + 3;
    Alert other = aboutSubject("o-1", "est-other", T0);
    publish(other, T0);
    for (int v = 1; v <= versions; v++) {
      Alert version = aboutSubject("h-1", "est-busy", T0.plusSeconds(v));
      version.setTitle(v + " avis");
      publish(version, T0.plusSeconds(v));
    }
    act("note", CaseIds.of(other), "n-1", T0.plusSeconds(5), null, null, null, "vu");

    String busy = CaseIds.of(HYGIENE, "est-busy");
    List<HistoryEntry> lines = CaseHistory.of(historyStore, busy);
    assertEquals(CaseState.MAX_HISTORY, lines.size());
    assertEquals(T0.plusSeconds(4), lines.get(0).at()); // versions 1 to 3 dropped, oldest first
    assertEquals(T0.plusSeconds(versions), lines.get(lines.size() - 1).at());
    assertEquals(versions, cases.get(busy).historyLines);
    assertEquals(1, cases.get(busy).alertCount);
    assertEquals(List.of("ALERT", "NOTE"),
        CaseHistory.of(historyStore, CaseIds.of(other)).stream().map(HistoryEntry::type).toList());
  }

  @Test
  void theStreamKeepsOnlyTheLastEventsOfItsRetention() {
    for (int i = 1; i <= 5; i++) {
      publish(alert("k-" + i, HYGIENE, "75", T0.plusSeconds(i)), T0.plusSeconds(i));
    }
    KeyValueStore<Long, Alert> events = driver.getKeyValueStore(AlertTopology.EVENTS_STORE);
    assertNull(events.get(2L));
    assertEquals("k-3", events.get(3L).getAlertId());
    assertEquals("k-5", events.get(5L).getAlertId());
  }

  private static List<String> iteratorKeys(org.apache.kafka.streams.state.KeyValueIterator<String, CaseState> all) {
    List<String> keys = new ArrayList<>();
    all.forEachRemaining(entry -> keys.add(entry.key));
    return keys;
  }

  private static Feedback readFeedback(String json) {
    try {
      return Json.read(json.getBytes(StandardCharsets.UTF_8), Feedback.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
