package fr.sentinelle.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Receives the lines of a Server-Sent Events response and splits them the way a browser's
 * EventSource does: events end at a blank line, lines starting with ':' are comments.
 */
final class SseText implements Flow.Subscriber<String> {
  private final StringBuilder text = new StringBuilder();
  private final List<Throwable> errors = new ArrayList<>();
  private Flow.Subscription subscription;

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(String line) {
    text.append(line).append('\n');
  }

  @Override
  public synchronized void onError(Throwable error) {
    errors.add(error);
  }

  @Override
  public void onComplete() {}

  /** Hangs up, as a browser tab being closed. */
  synchronized void cancel() {
    if (subscription != null) {
      subscription.cancel();
    }
  }

  synchronized List<Throwable> errors() {
    return List.copyOf(errors);
  }

  /** Complete events so far, each as field → value (data lines joined with '\n'). */
  synchronized List<Map<String, String>> events() {
    List<Map<String, String>> events = new ArrayList<>();
    String complete = text.substring(0, text.lastIndexOf("\n\n") + 1);
    for (String block : complete.split("\n\n")) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : block.split("\n")) {
        if (line.isEmpty() || line.startsWith(":")) {
          continue;
        }
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
        fields.merge(name, value, (a, b) -> a + "\n" + b);
      }
      if (!fields.isEmpty()) {
        events.add(fields);
      }
    }
    return events;
  }

  /** Comment lines so far, without the leading ':'. */
  synchronized List<String> comments() {
    return text.toString().lines().filter(line -> line.startsWith(":"))
        .map(line -> line.substring(1).trim()).toList();
  }

  synchronized String raw() {
    return text.toString();
  }
}
