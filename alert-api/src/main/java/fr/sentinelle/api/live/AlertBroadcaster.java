package fr.sentinelle.api.live;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.state.CaseListener;
import fr.sentinelle.avro.alert.Alert;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Hands each streamed alert and each case change to every live subscriber. Nothing is kept here
 * for later subscribers: a client that missed events resumes from the store (Last-Event-ID).
 */
@Singleton
public class AlertBroadcaster implements CaseListener {
  private final Sinks.Many<LiveEvent> events = Sinks.many().multicast().directBestEffort();
  private final Sinks.Empty<Void> closing = Sinks.empty();

  public AlertBroadcaster(AlertMetrics metrics) {
    metrics.observeSubscribers(events::currentSubscriberCount);
  }

  @Override
  public void alertNotified(long sequence, Alert alert, long recordTimestamp) {
    publish(LiveEvent.alert(sequence, alert, recordTimestamp));
  }

  @Override
  public void caseChanged(CaseState state) {
    publish(LiveEvent.caseChanged(state));
  }

  /** Called from the stream thread; synchronized because a sink takes one emitter at a time. */
  private synchronized void publish(LiveEvent event) {
    events.tryEmitNext(event); // no subscriber is not a failure: nobody is listening
  }

  /**
   * Events from now on, unbuffered: each subscriber puts them in its own bounded queue (see
   * {@link LiveSubscription}) so one slow reader never holds up the others.
   */
  public Flux<LiveEvent> live() {
    return events.asFlux();
  }

  /** Completes when the service stops, so open streams end and the server can shut down. */
  public Mono<Void> closing() {
    return closing.asMono();
  }

  @PreDestroy
  public synchronized void close() {
    closing.tryEmitEmpty();
    events.tryEmitComplete();
  }
}
