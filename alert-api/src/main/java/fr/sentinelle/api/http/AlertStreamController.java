package fr.sentinelle.api.http;

import fr.sentinelle.api.access.Roles;
import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.config.AlertSettings;
import fr.sentinelle.api.live.AlertBroadcaster;
import fr.sentinelle.api.live.LiveEvent;
import fr.sentinelle.api.live.LiveSubscription;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.query.AlertFilter;
import fr.sentinelle.api.query.AlertQueries;
import fr.sentinelle.api.query.BadRequestException;
import fr.sentinelle.api.search.TextIndex;
import fr.sentinelle.api.view.AlertViews;
import fr.sentinelle.api.view.CaseViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Live alerts as Server-Sent Events, within the caller's scope and filters: {@code event: alert},
 * {@code id:} the alert's stream sequence number (global, increasing, kept across restarts),
 * data the alert as JSON with its caseId. A client reconnecting with {@code Last-Event-ID: N} first
 * gets the alerts numbered above N it missed, then live ones, none twice. {@code event: case}
 * (no id) carries a case changed by an action. A comment line every keep-alive period keeps idle
 * connections open. Alerts about a silenced subject are not streamed.
 */
@Controller("/api/alerts/stream")
@Secured({Roles.INSPECTOR, Roles.SUPERVISOR})
public class AlertStreamController {
  static final String ALERT_EVENT = "alert";
  static final String CASE_EVENT = "case";

  private final AlertBroadcaster broadcaster;
  private final AlertSettings settings;
  private final AlertQueries queries;
  private final TextIndex index;
  private final AlertMetrics metrics;

  public AlertStreamController(AlertBroadcaster broadcaster, AlertSettings settings, AlertQueries queries,
      TextIndex index, AlertMetrics metrics) {
    this.broadcaster = broadcaster;
    this.settings = settings;
    this.queries = queries;
    this.index = index;
    this.metrics = metrics;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  @ExecuteOn(TaskExecutors.BLOCKING) // a resume reads the store before streaming
  public Publisher<Event<?>> stream(Authentication authentication, @Nullable @QueryValue String detector,
      @Nullable @QueryValue String department, @Nullable @QueryValue String severity,
      @Nullable @QueryValue String status, @Nullable @QueryValue String since,
      @Nullable @QueryValue String until, @Nullable @QueryValue String q,
      @Nullable @Header("Last-Event-ID") String lastEventId) {
    Scope scope = Scope.of(authentication);
    AlertFilter filter = AlertFilter.parse(detector, department, severity, status, since, until, q);
    scope.checkFilter(filter.detector(), filter.department());
    long after = parseLastEventId(lastEventId);
    Predicate<LiveEvent> wanted = event -> wanted(scope, filter, event);
    Flux<Event<?>> events = LiveSubscription.open(broadcaster, settings.getSubscriberBuffer(), after,
            () -> after < 0 ? List.of() : queries.streamedAfter(after, wanted), wanted)
        .map(this::toSse);
    Flux<Event<?>> keepAlive = Flux.interval(settings.getKeepAlive()).map(tick -> KeepAlive.event());
    return Flux.merge(events, keepAlive).takeUntilOther(broadcaster.closing());
  }

  private boolean wanted(Scope scope, AlertFilter filter, LiveEvent event) {
    if (event.isAlert()) {
      var alert = event.alert();
      return scope.allows(alert.getDetector(), alert.getDepartment()) && filter.matches(alert)
          && (filter.q() == null || index.matches(alert, filter.q()));
    }
    var state = event.caseState();
    return scope.allows(state.detector, state.department)
        && (filter.detector() == null || filter.detector().equals(state.detector))
        && (filter.department() == null || filter.department().equals(state.department));
  }

  private Event<?> toSse(LiveEvent event) {
    if (!event.isAlert()) {
      return Event.of(CaseViews.of(event.caseState(), null, Instant.now(), null)).name(CASE_EVENT);
    }
    if (event.recordTimestamp() >= 0) {
      metrics.streamLag((System.currentTimeMillis() - event.recordTimestamp()) / 1000.0);
    }
    return Event.of(AlertViews.of(event.alert())).id(Long.toString(event.sequence())).name(ALERT_EVENT);
  }

  private static long parseLastEventId(String text) {
    if (text == null || text.isBlank()) {
      return -1;
    }
    try {
      long id = Long.parseLong(text.trim());
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw new BadRequestException("Last-Event-ID", "Last-Event-ID must be the id of an alert event (a whole number), got '" + text + "'");
  }
}
