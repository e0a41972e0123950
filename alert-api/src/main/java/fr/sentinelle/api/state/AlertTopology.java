package fr.sentinelle.api.state;

import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.avro.alert.Alert;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Alert topic → decode → dedup by alert id → the queryable alert store. */
public final class AlertTopology {
  /** The store the API queries: alert id → latest version of the alert. */
  public static final String STORE = "alerts-by-id";

  private AlertTopology() {}

  /**
   * @param alertTopic topic of single-object-encoded {@link Alert}s keyed by alert id
   * @param newVersions called, on the stream thread, with each alert seen for the first time or
   *     in a newer version; never with a duplicate
   */
  public static Topology build(String alertTopic, AlertMetrics metrics, Consumer<Alert> newVersions) {
    StreamsBuilder builder = new StreamsBuilder();
    StoreBuilder<KeyValueStore<String, Alert>> store = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(STORE), Serdes.String(), AlertSerde.create());
    builder.addStateStore(store);
    // Values are read as bytes and decoded in the processor, so a poison pill is counted, not fatal.
    builder.stream(alertTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("alerts"))
        .process(() -> new AlertStoreProcessor(metrics, newVersions), STORE);
    return builder.build();
  }
}
