package fr.sentinelle.api.http;

import io.micronaut.http.sse.Event;

/** The periodic comment that keeps an idle live stream open through proxies. */
final class KeepAlive {
  private KeepAlive() {}

  static Event<?> event() {
    return Event.of("").comment("keep-alive");
  }
}
