package fr.sentinelle.api.state;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.codec.AvroCodec;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");
  private static final AvroCodec<Alert> CODEC = AvroCodec.of(Alert.class);

  @TempDir Path stateDir;
  private final List<Alert> broadcast = new ArrayList<>();
  private AlertMetrics metrics;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> alerts;
  private KeyValueStore<String, Alert> store;

  @BeforeEach
  void startDriver() {
    metrics = new AlertMetrics(new PrometheusRegistry());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-topology-test");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    driver = new TopologyTestDriver(AlertTopology.build(Topics.ALERTS, metrics, broadcast::add), props);
    alerts = driver.createInputTopic(Topics.ALERTS, Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    store = driver.getKeyValueStore(AlertTopology.STORE);
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void theSameAlertThreeTimesIsStoredAndBroadcastOnce() {
    Alert first = alert("a-1", HYGIENE, "75", T0);
    for (int i = 0; i < 3; i++) {
      alerts.pipeInput("a-1", CODEC.encode(first), T0.plusSeconds(i));
    }

    assertEquals(1, store.approximateNumEntries());
    assertEquals(first, store.get("a-1"));
    assertEquals(List.of(first), broadcast);
    assertEquals(3.0, metrics.receivedCount(HYGIENE, "HIGH"));
    assertEquals(2.0, metrics.duplicateCount());
  }

  @Test
  void aNewerVersionReplacesTheOldAndIsBroadcast() {
    Alert opened = alert("a-2", HYGIENE, "75", T0);
    Alert updated = alert("a-2", HYGIENE, "75", T0.plusSeconds(600), AlertStatus.UPDATE);
    Alert closed = alert("a-2", HYGIENE, "75", T0.plusSeconds(600), AlertStatus.CLOSED);
    alerts.pipeInput("a-2", CODEC.encode(opened), T0);
    alerts.pipeInput("a-2", CODEC.encode(updated), T0.plusSeconds(600));
    alerts.pipeInput("a-2", CODEC.encode(closed), T0.plusSeconds(601));

    assertEquals(closed, store.get("a-2"));
    assertEquals(List.of(opened, updated, closed), broadcast);
    assertEquals(0.0, metrics.duplicateCount());
  }

  @Test
  void aReplayedOlderVersionNeverReplacesANewerOne() {
    Alert opened = alert("a-3", HYGIENE, "75", T0);
    Alert closed = alert("a-3", HYGIENE, "75", T0.plusSeconds(600), AlertStatus.CLOSED);
    alerts.pipeInput("a-3", CODEC.encode(opened), T0);
    alerts.pipeInput("a-3", CODEC.encode(closed), T0.plusSeconds(600));
    alerts.pipeInput("a-3", CODEC.encode(opened), T0.plusSeconds(700)); // at-least-once replay

    assertEquals(closed, store.get("a-3"));
    assertEquals(List.of(opened, closed), broadcast);
    assertEquals(1.0, metrics.duplicateCount());
  }

  @Test
  void aPoisonPillIsCountedAndSkippedAndTheNextAlertStillFlows() {
    Alert good = alert("a-4", HYGIENE, "13", T0);
    alerts.pipeInput("junk", "not an alert at all".getBytes(StandardCharsets.UTF_8), T0);
    alerts.pipeInput("empty", new byte[0], T0.plusSeconds(1));
    alerts.pipeInput("a-4", CODEC.encode(good), T0.plusSeconds(2));

    assertEquals(2.0, metrics.rejectedCount("UNDECODABLE"));
    assertNull(store.get("junk"));
    assertEquals(good, store.get("a-4"));
    assertEquals(List.of(good), broadcast);
  }
}
