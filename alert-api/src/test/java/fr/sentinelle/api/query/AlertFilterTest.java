package fr.sentinelle.api.query;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.WATER;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.Alert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertFilterTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");
  private final Alert alert = alert("a", HYGIENE, "75", T0);

  @Test
  void blankParametersMatchEverything() {
    AlertFilter filter = AlertFilter.parse(" ", null, "");
    assertEquals(AlertFilter.ALL, filter);
    assertTrue(filter.matches(alert));
  }

  @Test
  void everyGivenFilterMustMatch() {
    assertTrue(AlertFilter.parse(HYGIENE, "75", "2026-03-02T10:15:30Z").matches(alert));
    assertFalse(AlertFilter.parse(WATER, "75", null).matches(alert));
    assertFalse(AlertFilter.parse(HYGIENE, "13", null).matches(alert));
    assertFalse(AlertFilter.parse(null, null, "2026-03-02T10:15:31Z").matches(alert));
  }

  @Test
  void anUnreadableSinceIsABadRequestThatSaysWhatIsExpected() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> AlertFilter.parse(null, null, "yesterday"));
    assertEquals("since", e.parameter());
    assertEquals("since must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got 'yesterday'",
        e.getMessage());
  }

  @Test
  void pagesDefaultToTheFirstFiftyAndRejectOutOfRangeValues() {
    assertEquals(new PageRequest(0, 50), PageRequest.parse(null, null));
    assertEquals(new PageRequest(3, 500), PageRequest.parse("3", "500"));
    assertEquals("size must be between 1 and 500, got 501",
        assertThrows(BadRequestException.class, () -> PageRequest.parse("0", "501")).getMessage());
    assertEquals("page must be 0 or more (0 is the first page), got -1",
        assertThrows(BadRequestException.class, () -> PageRequest.parse("-1", "5")).getMessage());
    assertEquals("size must be a whole number, got 'ten'",
        assertThrows(BadRequestException.class, () -> PageRequest.parse(null, "ten")).getMessage());
  }
}
