package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {
  @Test
  void eventsEndAtABlankLineAndCommentsAreSkipped() {
    List<SseEvent> events = new ArrayList<>();
    SseParser parser = new SseParser(events::add);
    for (String line : List.of(": keep-alive", "", "id: a-1", "event: alert", "data: {\"x\":1}", "",
        "data:first", "data: second", "", "retry: 100", "")) {
      parser.line(line);
    }
    assertEquals(List.of("a-1 alert {\"x\":1}", "null message first\nsecond"),
        events.stream().map(e -> e.id() + " " + e.name() + " " + e.data()).toList());
  }

  @Test
  void theAlertIdIsFoundInTheAlertsJson() {
    assertEquals("sse-alert-12", SseFanOut.alertIdOf("{\"alertId\":\"sse-alert-12\",\"detector\":\"x\"}"));
    assertEquals(null, SseFanOut.alertIdOf("{\"caseId\":\"c\"}"));
  }
}
