package fr.sentinelle.api.live;

import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.avro.alert.Alert;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Hands each new alert version to every live subscriber. Nothing is kept for later subscribers:
 * a subscriber gets what is published after it subscribed.
 */
@Singleton
public class AlertBroadcaster {
  private final Sinks.Many<Alert> alerts = Sinks.many().multicast().directBestEffort();
  private final Sinks.Empty<Void> closing = Sinks.empty();

  public AlertBroadcaster(AlertMetrics metrics) {
    metrics.observeSubscribers(alerts::currentSubscriberCount);
  }

  /** Called from the stream thread; synchronized because a sink takes one emitter at a time. */
  public synchronized void publish(Alert alert) {
    alerts.tryEmitNext(alert); // no subscriber is not a failure: nobody is listening
  }

  /**
   * New alerts from now on. Each subscriber has its own buffer so one slow reader never holds up
   * the others; when its buffer overflows its stream ends with an error and the client reconnects.
   */
  public Flux<Alert> live(int bufferSize) {
    return alerts.asFlux().onBackpressureBuffer(bufferSize, BufferOverflowStrategy.ERROR);
  }

  /** Completes when the service stops, so open streams end and the server can shut down. */
  public Mono<Void> closing() {
    return closing.asMono();
  }

  @PreDestroy
  public synchronized void close() {
    closing.tryEmitEmpty();
    alerts.tryEmitComplete();
  }
}
