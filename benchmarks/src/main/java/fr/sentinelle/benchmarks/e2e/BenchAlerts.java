package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alerts for the SSE benchmark, shaped like the hygiene job's (subject, evidence, attributes), one id each. */
final class BenchAlerts {
  private BenchAlerts() {}

  static Alert alert(String alertId, Instant now) {
    SourceRef source = new SourceRef("sentinelle.feed.reviews", 0, 0L, alertId);
    return Alert.newBuilder()
        .setAlertId(alertId)
        .setDetector("restaurant-hygiene")
        .setSubject(Subject.newBuilder().setKind("establishment").setId("bench-" + alertId)
            .setName("Restaurant du banc d'essai").setAddress("1 place de la République, 75003 Paris").build())
        .setDepartment("75")
        .setSeverity(Severity.HIGH)
        .setScore(0.93)
        .setStatus(AlertStatus.OPEN)
        .setTitle("3 avis signalent une intoxication alimentaire en 30 jours : Restaurant du banc d'essai")
        .setModelVersion("bench")
        .setEventTime(now)
        .setWindowStart(now.minusSeconds(30L * 86400))
        .setWindowEnd(now)
        .setSource(source)
        .setEvidence(List.of(Evidence.newBuilder().setSource(source).setEventTime(now).setScore(0.93)
            .setExcerpt("Toute la famille a été malade après le repas : vomissements et fièvre.")
            .setLabel("avis google").setFeatures(Map.of()).build()))
        .setAttributes(Map.of("riskyReviewCount", "3", "minRiskyReviews", "3"))
        .build();
  }
}
