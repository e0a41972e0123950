package fr.sentinelle.api.view;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertViewsTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");

  @Test
  void mapsEveryField() {
    AlertView view = AlertViews.of(alert("a-1", HYGIENE, "75", T0));

    assertEquals(new SubjectView("establishment", "est-a-1", "Chez a-1", "1 rue de la Paix, Paris",
        48.8686, 2.3314), view.subject());
    assertEquals(new SourceView("sentinelle.feed.reviews", 2, 41, "review-a-1"), view.source());
    assertEquals(List.of(new EvidenceView("review-a-1", T0.minusSeconds(60), 0.93,
        "J'ai été malade après le repas", "foodborne", Map.of("risk", 0.93), null)), view.evidence());
    assertEquals("HIGH", view.severity());
    assertEquals("OPEN", view.status());
    assertEquals(T0.minusSeconds(3600), view.windowStart());
    assertEquals(Map.of("riskyReviews", "3"), view.attributes());
  }

  @Test
  void absentOptionalFieldsBecomeNulls() {
    Alert bare = Alert.newBuilder(alert("a-2", HYGIENE, "75", T0))
        .setSubject(Subject.newBuilder().setKind("station").setId("st-9").build())
        .setWindowStart(null).setWindowEnd(null).setEvidence(List.of()).build();

    AlertView view = AlertViews.of(bare);

    assertEquals(new SubjectView("station", "st-9", null, null, null, null), view.subject());
    assertEquals(null, view.windowStart());
    assertEquals(List.of(), view.evidence());
  }
}
