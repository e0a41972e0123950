package fr.sentinelle.api.http;

import fr.sentinelle.api.access.Visibility;
import fr.sentinelle.api.config.AlertSettings;
import fr.sentinelle.api.live.AlertBroadcaster;
import fr.sentinelle.api.query.AlertFilter;
import fr.sentinelle.api.view.AlertViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Live alerts as Server-Sent Events: each new alert (or new version of one) matching the filters,
 * as {@code event: alert} with {@code id:} the alert id and the alert as JSON data; a comment
 * line every keep-alive period keeps idle connections open.
 */
@Controller("/api/alerts/stream")
public class AlertStreamController {
  static final String EVENT_NAME = "alert";

  private final AlertBroadcaster broadcaster;
  private final AlertSettings settings;

  public AlertStreamController(AlertBroadcaster broadcaster, AlertSettings settings) {
    this.broadcaster = broadcaster;
    this.settings = settings;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  public Publisher<Event<?>> stream(@Nullable @QueryValue String detector,
      @Nullable @QueryValue String department, @Nullable @QueryValue String since) {
    AlertFilter filter = AlertFilter.parse(detector, department, since);
    Flux<Event<?>> alerts = broadcaster.live(settings.getSubscriberBuffer())
        .filter(alert -> Visibility.isVisible(alert) && filter.matches(alert))
        .map(alert -> Event.of(AlertViews.of(alert)).id(alert.getAlertId()).name(EVENT_NAME));
    Flux<Event<?>> keepAlive = Flux.interval(settings.getKeepAlive())
        .map(tick -> KeepAlive.event());
    return Flux.merge(alerts, keepAlive).takeUntilOther(broadcaster.closing());
  }
}
