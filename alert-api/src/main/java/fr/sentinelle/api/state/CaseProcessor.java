package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.cases.CaseFolder;
import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.HistoryEntry;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.search.TextIndex;
import fr.sentinelle.avro.alert.Alert;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The event-sourced heart: dedups alerts by id, folds alerts and actions into cases, numbers the
 * alerts sent to the live stream, and forwards verdicts (JSON) to the feedback topic.
 *
 * <p>Runs as the single task of the one-partition case topic, so the sequence is global and the
 * text index (rebuilt here, after the stores are restored) sees every alert.
 */
final class CaseProcessor extends ContextualProcessor<String, CaseInput, String, String> {
  private final AlertMetrics metrics;
  private final CaseListener listener;
  private final TextIndex index;
  private final long streamRetention;
  private KeyValueStore<String, Alert> alerts;
  private KeyValueStore<String, CaseState> cases;
  private KeyValueStore<String, HistoryEntry> history;
  private KeyValueStore<Long, Alert> events;
  private long sequence;

  CaseProcessor(AlertMetrics metrics, CaseListener listener, TextIndex index, long streamRetention) {
    this.metrics = metrics;
    this.listener = listener;
    this.index = index;
    this.streamRetention = streamRetention;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    super.init(context);
    alerts = context.getStateStore(AlertTopology.ALERTS_STORE);
    cases = context.getStateStore(AlertTopology.CASES_STORE);
    history = context.getStateStore(AlertTopology.HISTORY_STORE);
    events = context.getStateStore(AlertTopology.EVENTS_STORE);
    try (KeyValueIterator<Long, Alert> last = events.reverseAll()) {
      sequence = last.hasNext() ? last.next().key : 0;
    }
    index.clear();
    try (KeyValueIterator<String, Alert> all = alerts.all()) {
      all.forEachRemaining(entry -> index.put(entry.value));
    }
  }

  @Override
  public void process(Record<String, CaseInput> record) {
    if (record.value() == null) {
      return;
    }
    Instant now = Instant.ofEpochMilli(context().currentSystemTimeMs());
    if (record.value().alert() != null) {
      foldAlert(record.value().alert(), record.timestamp(), now);
    } else {
      foldAction(record, record.value().action());
    }
  }

  private void foldAlert(Alert alert, long recordTimestamp, Instant now) {
    Arrival arrival = Arrival.of(alerts.get(alert.getAlertId()), alert);
    if (arrival == Arrival.DUPLICATE) {
      metrics.duplicate();
      return;
    }
    alerts.put(alert.getAlertId(), alert);
    index.put(alert);
    String caseId = CaseIds.of(alert);
    CaseFolder.AlertFold fold = CaseFolder.alert(cases.get(caseId), alert, arrival == Arrival.NEW, now);
    CaseHistory.append(history, fold.state(), fold.line());
    cases.put(caseId, fold.state());
    if (fold.streamed()) {
      long next = ++sequence;
      events.put(next, alert);
      if (next > streamRetention) {
        events.delete(next - streamRetention);
      }
      listener.alertNotified(next, alert, recordTimestamp);
    }
  }

  private void foldAction(Record<String, CaseInput> record, CaseAction action) {
    CaseState state = cases.get(action.caseId());
    if (state == null) {
      metrics.rejected("unknown_case");
      return;
    }
    CaseFolder.ActionFold fold = CaseFolder.action(state, action);
    if (!fold.applied()) {
      return;
    }
    CaseHistory.append(history, fold.state(), fold.line());
    cases.put(action.caseId(), fold.state());
    if (fold.handledAfter() != null) {
      metrics.handled(state.detector, Math.max(0, fold.handledAfter().toMillis()) / 1000.0);
    }
    if (fold.feedback() != null) {
      context().forward(record.withKey(action.caseId())
          .withValue(new String(Json.write(fold.feedback()), java.nio.charset.StandardCharsets.UTF_8)));
    }
    listener.caseChanged(fold.state());
  }
}
