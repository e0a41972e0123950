package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.common.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Builds the alert an inspector reads from an establishment's risky reviews (a pure function). */
public final class HygieneAlerts {
  public static final String SUBJECT_KIND = "establishment";
  public static final String UNKNOWN_DEPARTMENT = "unknown";
  /** Order of reviews in the risk state and in the evidence: by event time, then id. */
  public static final Comparator<ScoredReview> CHRONOLOGICAL =
      Comparator.comparingLong(ScoredReview::eventTime).thenComparing(ScoredReview::reviewId);

  private HygieneAlerts() {}

  /**
   * @param trigger the new risky review that raised (or updated) the alert
   * @param reviews every risky review of the establishment in the period, the trigger included
   * @param windowEnd the newest event time of the establishment
   */
  public static Alert build(String alertId, AlertStatus status, ScoredReview trigger, List<ScoredReview> reviews,
      RiskRule rule, long windowEnd) {
    List<ScoredReview> sorted = new ArrayList<>(reviews);
    sorted.sort(CHRONOLOGICAL);
    List<ScoredReview> newestFirst = new ArrayList<>(sorted);
    Collections.reverse(newestFirst);
    int count = sorted.size();
    double weight = sorted.stream().mapToDouble(ScoredReview::score).sum();
    double mean = weight / count;
    String name = newest(newestFirst, ScoredReview::establishmentName);
    return Alert.newBuilder()
        .setAlertId(alertId)
        .setDetector(HygieneJob.DETECTOR)
        .setSubject(Subject.newBuilder()
            .setKind(SUBJECT_KIND)
            .setId(trigger.establishmentId())
            .setName(name)
            .setAddress(newest(newestFirst, ScoredReview::address))
            .setLocation(location(newestFirst))
            .build())
        .setDepartment(Objects.requireNonNullElse(newest(newestFirst, ScoredReview::department), UNKNOWN_DEPARTMENT))
        .setSeverity(rule.severity(count, weight))
        .setScore(mean)
        .setStatus(status)
        .setTitle(title(count, rule, name))
        .setModelVersion(trigger.modelVersion())
        .setEventTime(Instant.ofEpochMilli(trigger.eventTime()))
        .setWindowStart(Instant.ofEpochMilli(windowEnd - rule.periodMillis()))
        .setWindowEnd(Instant.ofEpochMilli(windowEnd))
        .setSource(sourceOf(trigger))
        .setEvidence(newestFirst.stream().limit(rule.maxEvidence()).sorted(CHRONOLOGICAL)
            .map(HygieneAlerts::evidence).toList())
        .setAttributes(attributes(count, weight, rule))
        .build();
  }

  /** E.g. "3 avis signalent une intoxication alimentaire en 30 jours : Chez Paul". */
  public static String title(int count, RiskRule rule, String establishmentName) {
    String title = count + (count == 1 ? " avis signale" : " avis signalent")
        + " une intoxication alimentaire en " + rule.periodInFrench();
    return establishmentName == null || establishmentName.isBlank() ? title : title + " : " + establishmentName;
  }

  static Evidence evidence(ScoredReview review) {
    return Evidence.newBuilder()
        .setSource(sourceOf(review))
        .setEventTime(Instant.ofEpochMilli(review.eventTime()))
        .setScore(review.score())
        .setExcerpt(review.excerpt())
        .setLabel(review.platform() == null ? "avis" : "avis " + review.platform())
        .setFeatures(Map.of())
        .build();
  }

  static SourceRef sourceOf(ScoredReview review) {
    return new SourceRef(review.topic(), review.partition(), review.offset(), review.reviewId());
  }

  private static Map<String, String> attributes(int count, double weight, RiskRule rule) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("riskyReviewCount", Integer.toString(count));
    attributes.put("riskWeight", String.format(Locale.ROOT, "%.3f", weight));
    attributes.put("periodDays", String.format(Locale.ROOT, "%.2f", rule.period().toMillis() / 86_400_000.0)
        .replaceAll("\\.?0+$", ""));
    attributes.put("minRiskyReviews", Integer.toString(rule.minRiskyReviews()));
    return attributes;
  }

  private static String newest(List<ScoredReview> newestFirst, Function<ScoredReview, String> field) {
    return newestFirst.stream().map(field).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
  }

  private static GeoPoint location(List<ScoredReview> newestFirst) {
    return newestFirst.stream().filter(r -> r.latitude() != null && r.longitude() != null).findFirst()
        .map(r -> new GeoPoint(r.latitude(), r.longitude())).orElse(null);
  }
}
