package fr.sentinelle.api.state;

import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import java.util.function.Consumer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each alert record, keeps the latest version of each alert id in the store and hands
 * new versions to the live stream. Unreadable records are counted and skipped, never thrown.
 */
final class AlertStoreProcessor implements Processor<String, byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(AlertStoreProcessor.class);

  private final AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
  private final AlertMetrics metrics;
  private final Consumer<Alert> newVersions;
  private KeyValueStore<String, Alert> store;

  AlertStoreProcessor(AlertMetrics metrics, Consumer<Alert> newVersions) {
    this.metrics = metrics;
    this.newVersions = newVersions;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(AlertTopology.STORE);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    Alert alert;
    try {
      alert = codec.decode(record.value());
    } catch (DecodeException e) {
      metrics.rejected(e.reason().name());
      LOG.warn("skipped an unreadable alert record (key {}): {}", record.key(), e.getMessage());
      return;
    }
    metrics.received(alert.getDetector(), alert.getSeverity().name());
    // The alert id inside the record is authoritative; the key only routes it to a partition.
    String alertId = alert.getAlertId();
    Arrival arrival = Arrival.of(store.get(alertId), alert);
    if (arrival == Arrival.DUPLICATE) {
      metrics.duplicate();
      return;
    }
    store.put(alertId, alert);
    newVersions.accept(alert);
  }
}
