package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsFlinkAndIsoDurations() {
    assertEquals(Duration.ofDays(30), converter.convert("30d"));
    assertEquals(Duration.ofHours(1), converter.convert("1h"));
    assertEquals(Duration.ofMinutes(1), converter.convert("1min"));
    assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
    assertEquals(Duration.ofHours(1), converter.convert("PT1H"));
  }
}
