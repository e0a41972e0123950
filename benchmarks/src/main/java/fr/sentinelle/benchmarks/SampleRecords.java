package fr.sentinelle.benchmarks;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.common.SourceRef;
import fr.sentinelle.avro.feed.Review;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feed and alert records shaped like the ones the hygiene job reads and writes: a review with every
 * optional field set, and an alert carrying three evidence reviews (the job's usual evidence count).
 */
public final class SampleRecords {
  private static final Instant POSTED = Instant.parse("2026-11-01T10:01:00Z");
  private static final String TOPIC = "sentinelle.feed.reviews";

  private SampleRecords() {}

  public static Review review(int index, SeedReviews.Text text) {
    return Review.newBuilder()
        .setReviewId("bench-review-" + index)
        .setEstablishmentId("bench-59-" + (index % 50))
        .setEstablishmentName("Friterie de Wazemmes")
        .setAddress("12 place de la Nouvelle Aventure, 59000 Lille")
        .setDepartment("59")
        .setLocation(new GeoPoint(50.629, 3.052))
        .setPlatform("tripadvisor")
        .setLanguage(text.language())
        .setText(text.text())
        .setRating(2.0)
        .setEventTime(POSTED.plusSeconds(60L * index))
        .build();
  }

  public static Alert alert(List<SeedReviews.Text> texts) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      evidence.add(Evidence.newBuilder()
          .setSource(new SourceRef(TOPIC, 2, 1000L + i, "bench-review-" + i))
          .setEventTime(POSTED.plusSeconds(3600L * i))
          .setScore(0.9 - 0.05 * i)
          .setExcerpt(excerpt(texts.get(i).text()))
          .setLabel("avis tripadvisor")
          .setFeatures(Map.of())
          .build());
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("riskyReviewCount", "3");
    attributes.put("riskWeight", "2.550");
    attributes.put("periodDays", "30");
    attributes.put("minRiskyReviews", "2");
    return Alert.newBuilder()
        .setAlertId("restaurant-hygiene:establishment:bench-59-1:0123456789abcdef")
        .setDetector("restaurant-hygiene")
        .setSubject(Subject.newBuilder().setKind("establishment").setId("bench-59-1")
            .setName("Friterie de Wazemmes").setAddress("12 place de la Nouvelle Aventure, 59000 Lille")
            .setLocation(new GeoPoint(50.629, 3.052)).build())
        .setDepartment("59")
        .setSeverity(Severity.HIGH)
        .setScore(0.85)
        .setStatus(AlertStatus.OPEN)
        .setTitle("3 avis signalent une intoxication alimentaire en 30 jours : Friterie de Wazemmes")
        .setModelVersion("restaurant-hygiene-20261128-ab12cd34")
        .setEventTime(POSTED.plusSeconds(7200))
        .setWindowStart(POSTED.minusSeconds(30L * 86_400))
        .setWindowEnd(POSTED.plusSeconds(7200))
        .setSource(new SourceRef(TOPIC, 2, 1002L, "bench-review-2"))
        .setEvidence(evidence)
        .setAttributes(attributes)
        .build();
  }

  private static String excerpt(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300);
  }
}
