package fr.sentinelle.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;

/**
 * One inspector's live stream during the pipeline benchmark: every alert event goes, named as
 * the job's {@link JobSpec#streamSourceIdOf} names it, to the deliveries of the current latency
 * phase (null between phases).
 */
final class SseTap implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final SseSubscriber subscriber;
  private final Function<JsonNode, String> sourceIdOf;
  private volatile Deliveries target;
  private final java.util.concurrent.atomic.AtomicLong alertEvents = new java.util.concurrent.atomic.AtomicLong();

  SseTap(AlertService service, String bearerToken, Function<JsonNode, String> sourceIdOf) {
    this.sourceIdOf = sourceIdOf;
    subscriber = SseSubscriber.open(client, service.url("/api/alerts/stream"), bearerToken, this::onEvent);
  }

  void deliverTo(Deliveries deliveries) {
    target = deliveries;
  }

  private void onEvent(SseEvent event) {
    if ("alert".equals(event.name())) {
      alertEvents.incrementAndGet();
    }
    Deliveries current = target;
    if (current == null || !"alert".equals(event.name())) {
      return;
    }
    try {
      current.delivered(sourceIdOf.apply(JSON.readTree(event.data())), event.receivedMicros());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the stream sent an alert that is not JSON: " + event.data(), e);
    }
  }

  /** Alert events received in all, whichever phase they belonged to. */
  long alertEvents() {
    return alertEvents.get();
  }

  Throwable failure() {
    return subscriber.failure();
  }

  @Override
  public void close() {
    subscriber.close();
  }
}
