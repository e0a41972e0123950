package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.metrics.AlertMetrics;
import java.io.IOException;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Actions topic JSON → actions keyed by case id; unreadable or invalid ones are counted and skipped. */
final class DecodeActions extends ContextualProcessor<String, byte[], String, CaseInput> {
  private static final Logger LOG = LoggerFactory.getLogger(DecodeActions.class);

  private final AlertMetrics metrics;

  DecodeActions(AlertMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    CaseAction action;
    try {
      action = Json.read(record.value(), CaseAction.class);
    } catch (IOException | RuntimeException e) {
      metrics.rejected("undecodable");
      LOG.warn("skipped an unreadable action record (key {}): {}", record.key(), e.getMessage());
      return;
    }
    String problem = action.problem();
    if (problem != null) {
      metrics.rejected("invalid");
      LOG.warn("skipped an invalid action record (key {}): {}", record.key(), problem);
      return;
    }
    context().forward(record.withKey(action.caseId()).withValue(CaseInput.of(action)));
  }
}
