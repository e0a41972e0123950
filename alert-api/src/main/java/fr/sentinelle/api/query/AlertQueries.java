package fr.sentinelle.api.query;

import fr.sentinelle.api.access.Visibility;
import fr.sentinelle.api.state.AlertStreams;
import fr.sentinelle.avro.alert.Alert;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;

/** Answers alert queries from the local Kafka Streams store (interactive queries). */
@Singleton
public class AlertQueries {
  /** Newest first; equal event times in alert id order, so pages are stable. */
  public static final Comparator<Alert> NEWEST_FIRST =
      Comparator.comparing(Alert::getEventTime).reversed().thenComparing(Alert::getAlertId);

  private final AlertStreams streams;

  public AlertQueries(AlertStreams streams) {
    this.streams = streams;
  }

  /** Visible alerts matching the filter, sorted; a full scan, fine for the skeleton's volumes. */
  public Page find(AlertFilter filter, PageRequest request) {
    List<Alert> matching = streams.query(store -> {
      List<Alert> found = new ArrayList<>();
      try (KeyValueIterator<String, Alert> all = store.all()) {
        all.forEachRemaining(entry -> {
          if (Visibility.isVisible(entry.value) && filter.matches(entry.value)) {
            found.add(entry.value);
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

  /** One visible alert; a hidden one is reported absent, so its existence is not revealed. */
  public Optional<Alert> byId(String alertId) {
    return Optional.ofNullable(streams.query(store -> store.get(alertId)))
        .filter(Visibility::isVisible);
  }

  /** A page of alerts and how many matched in all. */
  public record Page(List<Alert> items, long total) {}
}
