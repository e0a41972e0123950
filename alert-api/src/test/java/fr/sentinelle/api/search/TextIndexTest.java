package fr.sentinelle.api.search;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.Alert;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextIndexTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void everyWordMustMatchAfterFrenchAnalysisAndSyntaxIsJustText() throws Exception {
    Alert a = alert("a", HYGIENE, "75", T0);
    Alert b = Alert.newBuilder(alert("b", HYGIENE, "75", T0)).setTitle("Cafards en cuisine").build();
    try (TextIndex index = new TextIndex()) {
      index.put(a);
      index.put(b);
      assertEquals(Set.of("a", "b"), index.matchingAlerts("MALADES repas"));
      assertEquals(Set.of("b"), index.matchingAlerts("cafard"));
      assertEquals(Set.of(), index.matchingAlerts("cafard AND NOT"));
      assertEquals(Set.of(), index.matchingAlerts("title:* OR a*"));
      assertEquals(Set.of(), index.matchingAlerts("\"unbalanced ("));
      assertEquals(Set.of(), index.matchingAlerts("le la les"));
      assertTrue(index.matches(b, "cuisine cafards"));
      assertFalse(index.matches(a, "cuisine"));
      index.put(Alert.newBuilder(b).setTitle("Nuisibles").build()); // a new version replaces the old text
      assertEquals(Set.of(), index.matchingAlerts("cafard"));
    }
  }
}
