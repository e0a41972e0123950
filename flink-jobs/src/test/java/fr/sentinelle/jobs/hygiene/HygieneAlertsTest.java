package fr.sentinelle.jobs.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HygieneAlertsTest {
  private static final RiskRule RULE = RiskRule.defaults();

  @Test
  void titlesAreFrenchAndAgreeInNumber() {
    assertEquals("3 avis signalent une intoxication alimentaire en 30 jours : Chez Paul",
        HygieneAlerts.title(3, RULE, "Chez Paul"));
    assertEquals("1 avis signale une intoxication alimentaire en 1 jour",
        HygieneAlerts.title(1, new RiskRule(Duration.ofDays(1), 1, 5), null));
    assertEquals("2 avis signalent une intoxication alimentaire en 12 heures",
        HygieneAlerts.title(2, new RiskRule(Duration.ofHours(12), 1, 5), " "));
  }

  @Test
  void severityGrowsWithCountAndScore() {
    assertEquals(Severity.MEDIUM, RULE.severity(3, 3 * 0.6));
    assertEquals(Severity.HIGH, RULE.severity(3, 3 * 0.9));
    assertEquals(Severity.HIGH, RULE.severity(4, 3 * 0.9 + 0.5), "a less certain 4th report keeps it HIGH");
    assertEquals(Severity.HIGH, RULE.severity(6, 6 * 0.6));
    assertEquals(Severity.CRITICAL, RULE.severity(9, 9 * 0.6));
  }

  @Test
  void unknownDepartmentAndMissingDetailsStayEmpty() {
    ScoredReview bare = new ScoredReview("r1", "e1", null, null, null, null, null, null, "malade", 0.7, true, "m1",
        Reviews.T0.toEpochMilli(), "t", 0, 1);
    Alert alert = HygieneAlerts.build("id", AlertStatus.OPEN, bare, RiskyReviews.merge(null, bare),
        List.of(RiskyReviews.of(bare)), new RiskRule(RULE.period(), 1, 5), Reviews.T0.toEpochMilli());
    assertEquals("unknown", alert.getDepartment());
    assertNull(alert.getSubject().getName());
    assertNull(alert.getSubject().getLocation());
    assertEquals("avis", alert.getEvidence().get(0).getLabel());
  }

  @Test
  void detailsAreTheNewestNonBlankValuesWhateverTheArrivalOrder() {
    ScoredReview newest = new ScoredReview("r2", "e1", "Chez Paul (nouveau nom)", " ", "75", null, null, "google",
        "malade", 0.8, true, "m1", Reviews.T0.plusSeconds(60).toEpochMilli(), "t", 0, 2);
    ScoredReview olderArrivingLate = new ScoredReview("r1", "e1", "Chez Paul", "1 rue de la Paix", "92", 48.87, 2.33,
        "yelp", "malade", 0.8, true, "m1", Reviews.T0.toEpochMilli(), "t", 0, 1);

    var details = RiskyReviews.merge(RiskyReviews.merge(null, newest), olderArrivingLate);

    assertEquals("Chez Paul (nouveau nom)", details.getName(), "a late review does not replace a newer name");
    assertEquals("75", details.getDepartment());
    assertEquals("1 rue de la Paix", details.getAddress(), "a late review fills what no newer one gave");
    assertEquals(48.87, details.getLocation().getLatitude());
    assertEquals(Reviews.T0.plusSeconds(60).toEpochMilli(), details.getAsOf());
  }

  @Test
  void excerptsAreShortAndCutAtAWord() {
    String text = "Intoxication alimentaire ".repeat(40);
    String excerpt = ScoredReview.excerpt(text);
    assertTrue(excerpt.length() <= ScoredReview.MAX_EXCERPT_CHARS, excerpt);
    assertTrue(excerpt.endsWith("…"));
    assertTrue(excerpt.startsWith("Intoxication alimentaire Intoxication"));
    assertEquals("court  texte".replaceAll("\\s+", " "), ScoredReview.excerpt("  court \n texte "));
  }
}
