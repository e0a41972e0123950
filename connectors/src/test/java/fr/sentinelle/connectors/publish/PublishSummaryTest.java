package fr.sentinelle.connectors.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublishSummaryTest {
  @Test
  void exitCodeAndLine() {
    assertEquals(0, new PublishSummary("reviews", 3, 3, 0, false).exitCode());
    assertEquals(1, new PublishSummary("reviews", 3, 2, 1, false).exitCode());
    assertEquals("reviews: read 3, published 2, rejected 1", new PublishSummary("reviews", 3, 2, 1, false).line());
    assertEquals("water: read 3, valid 3 (dry run, nothing published), rejected 0",
        new PublishSummary("water", 3, 3, 0, true).line());
  }
}
