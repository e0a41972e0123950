package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Alert topic bytes → alerts keyed by case id; an unreadable record is counted and skipped, never thrown. */
final class DecodeAlerts extends ContextualProcessor<String, byte[], String, CaseInput> {
  private static final Logger LOG = LoggerFactory.getLogger(DecodeAlerts.class);

  private final AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
  private final AlertMetrics metrics;

  DecodeAlerts(AlertMetrics metrics) {
    this.metrics = metrics;
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
    } catch (RuntimeException e) {
      metrics.rejected("undecodable");
      LOG.warn("skipped an unreadable alert record (key {}): {}", record.key(), e.toString());
      return;
    }
    metrics.received(alert.getDetector(), alert.getSeverity().name());
    // The alert id inside the record is authoritative; the case id comes from its content too.
    context().forward(record.withKey(CaseIds.of(alert)).withValue(CaseInput.of(alert, record.value())));
  }
}
