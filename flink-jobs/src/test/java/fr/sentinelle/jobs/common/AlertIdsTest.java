package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlertIdsTest {
  @Test
  void sameFindingSameIdAcrossCalls() {
    assertEquals(AlertIds.of("restaurant-hygiene", "e-1", "r-3"), AlertIds.of("restaurant-hygiene", "e-1", "r-3"));
  }

  @Test
  void theSchemeIsPinned() {
    // Changing the scheme would give every alert a second id on the next replay.
    assertEquals("f7d583abc7e34aa0d0b69d8d2183794d", AlertIds.of("restaurant-hygiene", "e-1", "r-3"));
    assertTrue(AlertIds.of("d", "s", "t").matches("[0-9a-f]{32}"));
  }

  @Test
  void partsCannotBleedIntoEachOther() {
    assertNotEquals(AlertIds.of("d", "ab", "c"), AlertIds.of("d", "a", "bc"));
    assertNotEquals(AlertIds.of("d", "e-1", "r-3"), AlertIds.of("d", "e-2", "r-3"));
    assertNotEquals(AlertIds.of("water-quality", "e-1", "r-3"), AlertIds.of("restaurant-hygiene", "e-1", "r-3"));
  }
}
