package fr.sentinelle.api.query;

import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.live.LiveEvent;
import fr.sentinelle.api.search.TextIndex;
import fr.sentinelle.api.state.AlertStreams;
import fr.sentinelle.api.state.AlertTopology;
import fr.sentinelle.avro.alert.Alert;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Answers alert queries from the local Kafka Streams stores (interactive queries), within a caller's scope. */
@Singleton
public class AlertQueries {
  /** Newest first; equal event times in alert id order, so pages are stable. */
  public static final Comparator<Alert> NEWEST_FIRST =
      Comparator.comparing(Alert::getEventTime).reversed().thenComparing(Alert::getAlertId);

  private final AlertStreams streams;
  private final TextIndex index;

  public AlertQueries(AlertStreams streams, TextIndex index) {
    this.streams = streams;
    this.index = index;
  }

  /** In-scope alerts matching the filter, sorted; {@code total} counts only those. */
  public Page find(Scope scope, AlertFilter filter, PageRequest request) {
    Set<String> searched = filter.q() == null ? null : index.matchingAlerts(filter.q());
    List<Alert> matching = streams.query(store -> {
      List<Alert> found = new ArrayList<>();
      try (KeyValueIterator<String, Alert> all = store.all()) {
        all.forEachRemaining(entry -> {
          Alert alert = entry.value;
          if (scope.allows(alert.getDetector(), alert.getDepartment()) && filter.matches(alert)
              && (searched == null || searched.contains(alert.getAlertId()))) {
            found.add(alert);
          }
        });
      }
      return found;
    });
    matching.sort(NEWEST_FIRST);
    int from = (int) Math.min(request.offset(), matching.size());
    int to = (int) Math.min(request.offset() + request.size(), matching.size());
    return new Page(List.copyOf(matching.subList(from, to)), matching.size());
  }

  /** One in-scope alert; out of scope is reported as absent, like an unknown id. */
  public Optional<Alert> byId(Scope scope, String alertId) {
    return Optional.ofNullable(streams.query(store -> store.get(alertId)))
        .filter(alert -> scope.allows(alert.getDetector(), alert.getDepartment()));
  }

  /** Streamed alerts with a sequence above {@code after}, in order, that {@code wanted} keeps. */
  public List<LiveEvent> streamedAfter(long after, Predicate<LiveEvent> wanted) {
    return streams.<Long, Alert, List<LiveEvent>>query(AlertTopology.EVENTS_STORE, (ReadOnlyKeyValueStore<Long, Alert> store) -> {
      List<LiveEvent> events = new ArrayList<>();
      try (KeyValueIterator<Long, Alert> range = store.range(after + 1, Long.MAX_VALUE)) {
        range.forEachRemaining(entry -> {
          LiveEvent event = LiveEvent.alert(entry.key, entry.value, -1);
          if (wanted.test(event)) {
            events.add(event);
          }
        });
      }
      return events;
    });
  }

  /** A page of alerts and how many matched in all. */
  public record Page(List<Alert> items, long total) {}
}
