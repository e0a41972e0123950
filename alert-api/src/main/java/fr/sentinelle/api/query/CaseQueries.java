package fr.sentinelle.api.query;

import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.HistoryEntry;
import fr.sentinelle.api.search.TextIndex;
import fr.sentinelle.api.state.AlertStreams;
import fr.sentinelle.api.state.AlertTopology;
import fr.sentinelle.api.state.CaseHistory;
import fr.sentinelle.avro.alert.Alert;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Answers case queries from the cases store, within a caller's scope. */
@Singleton
public class CaseQueries {
  /** Latest activity (alert or action) first; ties by case id so pages are stable. */
  public static final Comparator<CaseState> MOST_RECENT_ACTIVITY_FIRST =
      Comparator.comparing(CaseQueries::lastActivity).reversed().thenComparing(state -> state.caseId);

  private final AlertStreams streams;
  private final TextIndex index;
  private final Clock clock;

  public CaseQueries(AlertStreams streams, TextIndex index) {
    this.streams = streams;
    this.index = index;
    this.clock = Clock.systemUTC();
  }

  public Instant now() {
    return clock.instant();
  }

  /** Every in-scope case that {@code keep} accepts, unsorted. */
  public List<CaseState> all(Scope scope, Predicate<CaseState> keep) {
    return streams.<String, CaseState, List<CaseState>>query(AlertTopology.CASES_STORE,
        (ReadOnlyKeyValueStore<String, CaseState> store) -> {
          List<CaseState> found = new ArrayList<>();
          try (KeyValueIterator<String, CaseState> all = store.all()) {
            all.forEachRemaining(entry -> {
              if (scope.allows(entry.value.detector, entry.value.department) && keep.test(entry.value)) {
                found.add(entry.value);
              }
            });
          }
          return found;
        });
  }

  public Page find(Scope scope, CaseFilter filter, PageRequest request) {
    Instant now = now();
    Set<String> searched = filter.q() == null ? null : index.matchingCases(filter.q());
    List<CaseState> matching = all(scope, state -> filter.matches(state, now)
        && (searched == null || searched.contains(state.caseId)));
    matching.sort(MOST_RECENT_ACTIVITY_FIRST);
    int from = (int) Math.min(request.offset(), matching.size());
    int to = (int) Math.min(request.offset() + request.size(), matching.size());
    return new Page(List.copyOf(matching.subList(from, to)), matching.size());
  }

  /** One in-scope case; out of scope is reported as absent, like an unknown id. */
  public Optional<CaseState> byId(Scope scope, String caseId) {
    return Optional.ofNullable(streams.<String, CaseState, CaseState>query(AlertTopology.CASES_STORE,
            (ReadOnlyKeyValueStore<String, CaseState> store) -> store.get(caseId)))
        .filter(state -> scope.allows(state.detector, state.department));
  }

  /** The stored alert, or null (the API then shows no latestAlert). */
  public Alert alert(String alertId) {
    return alertId == null ? null : streams.query(store -> store.get(alertId));
  }

  /** The case's kept history, oldest first (call after {@link #byId} has checked the scope). */
  public List<HistoryEntry> history(String caseId) {
    return streams.<String, HistoryEntry, List<HistoryEntry>>query(AlertTopology.HISTORY_STORE,
        (ReadOnlyKeyValueStore<String, HistoryEntry> store) -> CaseHistory.of(store, caseId));
  }

  static Instant lastActivity(CaseState state) {
    return state.lastActionAt != null && state.lastActionAt.isAfter(state.lastSeen) ? state.lastActionAt : state.lastSeen;
  }

  public record Page(List<CaseState> items, long total) {}
}
