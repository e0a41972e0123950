package fr.sentinelle.benchmarks.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One live subscription to the alert service's SSE stream, on its own HTTP/1.1 connection; events
 * are parsed as their lines arrive, on the client's threads (no thread per subscriber).
 */
public final class SseSubscriber implements AutoCloseable {
  private final CompletableFuture<HttpResponse<Void>> response;
  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  private volatile Throwable failure;

  private SseSubscriber(HttpClient client, HttpRequest request, Consumer<SseEvent> events) {
    SseParser parser = new SseParser(events);
    Flow.Subscriber<String> lines = new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription.set(s);
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(String line) {
        parser.line(line);
      }

      @Override
      public void onError(Throwable e) {
        failure = e;
      }

      @Override
      public void onComplete() {
        // the server ended the stream; failure stays null and the count of deliveries tells the rest
      }
    };
    this.response = client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(lines));
    this.response.whenComplete((r, e) -> {
      if (e != null) {
        failure = e;
      } else if (r.statusCode() != 200) {
        failure = new IllegalStateException("the stream answered HTTP " + r.statusCode());
      }
    });
  }

  /** @param bearerToken sent as {@code Authorization: Bearer …}; null sends none */
  public static SseSubscriber open(HttpClient client, URI stream, String bearerToken, Consumer<SseEvent> events) {
    HttpRequest.Builder request = HttpRequest.newBuilder(stream).GET()
        .header("Accept", "text/event-stream").timeout(Duration.ofHours(1));
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return new SseSubscriber(client, request.build(), events);
  }

  /** Why the subscription failed, or null while it is fine. */
  public Throwable failure() {
    return failure;
  }

  @Override
  public void close() {
    Flow.Subscription s = subscription.get();
    if (s != null) {
      s.cancel();
    }
    response.cancel(true);
  }
}
