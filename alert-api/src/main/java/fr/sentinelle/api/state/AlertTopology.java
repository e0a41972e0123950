package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.HistoryEntry;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.search.TextIndex;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Alerts and actions topics → decode (poison pills counted, skipped) → one internal topic keyed by
 * case id → dedup and fold into cases → verdicts to the feedback topic.
 *
 * <p>The internal topic has one partition on purpose: one task holds every case, so the live
 * stream's sequence numbers are global and totally ordered, and actions are folded in the order
 * they were published relative to alerts. One thread folds thousands of records a second,
 * far above the alert rate of the detectors.
 */
public final class AlertTopology {
  /** Alert id → latest version of the alert. */
  public static final String ALERTS_STORE = "alerts-by-id";
  /** Case id → case state ({@link CaseState} as JSON). */
  public static final String CASES_STORE = "cases";
  /** Case id and line number → one line of the case's history ({@link CaseHistory}). */
  public static final String HISTORY_STORE = "case-history";
  /** Stream sequence number → the alert version sent with it, for Last-Event-ID resumes. */
  public static final String EVENTS_STORE = "stream-events";
  public static final long DEFAULT_STREAM_RETENTION = 100_000;

  private AlertTopology() {}

  /** The three topics the topology reads and writes. */
  public record Topics(String alerts, String actions, String feedback) {}

  public static Topology build(Topics topics, AlertMetrics metrics, CaseListener listener, TextIndex index,
      long streamRetention) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE),
        Serdes.String(), AlertSerde.create()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CASES_STORE),
        Serdes.String(), JsonSerde.of(CaseState.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
        Serdes.String(), JsonSerde.of(HistoryEntry.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE),
        Serdes.Long(), AlertSerde.create()));
    // Values are read as bytes and decoded in processors, so a poison pill is counted, not fatal.
    KStream<String, CaseInput> alerts = builder
        .stream(topics.alerts(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("alerts"))
        .process(() -> new DecodeAlerts(metrics), Named.as("decode-alerts"));
    KStream<String, CaseInput> actions = builder
        .stream(topics.actions(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("actions"))
        .process(() -> new DecodeActions(metrics), Named.as("decode-actions"));
    alerts.merge(actions, Named.as("case-inputs"))
        .repartition(Repartitioned.with(Serdes.String(), CaseInputSerde.create())
            .withName("by-case").withNumberOfPartitions(1))
        .process(() -> new CaseProcessor(metrics, listener, index, streamRetention), Named.as("fold-cases"),
            ALERTS_STORE, CASES_STORE, HISTORY_STORE, EVENTS_STORE)
        .to(topics.feedback(), Produced.with(Serdes.String(), Serdes.String()).withName("feedback"));
    return builder.build();
  }
}
