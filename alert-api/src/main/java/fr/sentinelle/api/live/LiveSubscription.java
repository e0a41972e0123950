package fr.sentinelle.api.live;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * One subscriber's stream with a seamless resume: it starts queueing live events first, then
 * reads what it missed from the store, then drains the queue skipping what the store already gave.
 * So an alert folded while the store is read comes exactly once. When the queue overflows (a
 * reader too slow), the stream ends with an error and the client resumes with Last-Event-ID.
 */
public final class LiveSubscription {
  private LiveSubscription() {}

  /**
   * @param after the client's Last-Event-ID, or -1 for a fresh subscriber
   * @param missed alerts with a sequence above {@code after}, in order (empty for none)
   * @param wanted the subscriber's scope and filters
   */
  public static Flux<LiveEvent> open(AlertBroadcaster broadcaster, int bufferSize, long after,
      Supplier<List<LiveEvent>> missed, Predicate<LiveEvent> wanted) {
    return Flux.defer(() -> {
      Sinks.Many<LiveEvent> queue = Sinks.many().unicast()
          .onBackpressureBuffer(Queues.<LiveEvent>get(bufferSize).get());
      Disposable upstream = broadcaster.live().filter(wanted).subscribe(event -> {
        if (queue.tryEmitNext(event).isFailure()) {
          queue.tryEmitError(new IllegalStateException("live subscriber too slow; resume with Last-Event-ID"));
        }
      }, queue::tryEmitError, queue::tryEmitComplete);
      List<LiveEvent> fromStore = missed.get();
      long seen = fromStore.isEmpty() ? after : fromStore.get(fromStore.size() - 1).sequence();
      Flux<LiveEvent> live = queue.asFlux().filter(event -> !event.isAlert() || event.sequence() > seen);
      return Flux.concat(Flux.fromIterable(fromStore), live).doFinally(signal -> upstream.dispose());
    }).subscribeOn(Schedulers.boundedElastic()); // the resume reads RocksDB: not on the event loop
  }
}
