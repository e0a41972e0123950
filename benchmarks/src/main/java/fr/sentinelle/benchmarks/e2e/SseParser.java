package fr.sentinelle.benchmarks.e2e;

import java.util.function.Consumer;

/**
 * The Server-Sent Events line protocol: {@code id:}, {@code event:} and {@code data:} fields, a
 * blank line dispatches the event, lines starting with ':' are comments (keep-alives). The arrival
 * time is taken at the event's first line, when its bytes reached the client.
 */
final class SseParser {
  private final Consumer<SseEvent> events;
  private String id;
  private String name;
  private StringBuilder data;
  private long firstLineMicros;

  SseParser(Consumer<SseEvent> events) {
    this.events = events;
  }

  void line(String line) {
    if (line.isEmpty()) {
      if (data != null || id != null || name != null) {
        events.accept(new SseEvent(id, name == null ? "message" : name, data == null ? "" : data.toString(),
            firstLineMicros));
      }
      id = null;
      name = null;
      data = null;
      return;
    }
    if (line.startsWith(":")) {
      return;
    }
    if (id == null && name == null && data == null) {
      firstLineMicros = Clocks.micros();
    }
    int colon = line.indexOf(':');
    String field = colon < 0 ? line : line.substring(0, colon);
    String value = colon < 0 ? "" : line.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "id" -> id = value;
      case "event" -> name = value;
      case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      default -> { } // retry and unknown fields do not matter here
    }
  }
}
