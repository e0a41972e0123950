package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.SourceRef;
import fr.sentinelle.avro.state.EstablishmentDetails;
import fr.sentinelle.avro.state.RiskyReview;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Builds the alert an inspector reads from an establishment's risky reviews (a pure function). */
public final class HygieneAlerts {
  public static final String SUBJECT_KIND = "establishment";
  public static final String UNKNOWN_DEPARTMENT = "unknown";

  private HygieneAlerts() {}

  /**
   * @param trigger the new risky review that raised (or updated) the alert
   * @param details what the establishment's risky reviews said of it (name, address, ...)
   * @param reviews every risky review of the establishment in the period, the trigger included, in
   *     {@link RiskyReviews#CHRONOLOGICAL} order (as the risk state keeps them)
   * @param windowEnd the newest event time of the establishment
   */
  public static Alert build(String alertId, AlertStatus status, ScoredReview trigger, EstablishmentDetails details,
      List<RiskyReview> reviews, RiskRule rule, long windowEnd) {
    int count = reviews.size();
    double weight = 0;
    for (RiskyReview review : reviews) {
      weight += review.getScore();
    }
    double mean = weight / count;
    String name = details.getName();
    return Alert.newBuilder()
        .setAlertId(alertId)
        .setDetector(HygieneJob.DETECTOR)
        .setSubject(Subject.newBuilder()
            .setKind(SUBJECT_KIND)
            .setId(trigger.establishmentId())
            .setName(name)
            .setAddress(details.getAddress())
            .setLocation(details.getLocation())
            .build())
        .setDepartment(Objects.requireNonNullElse(details.getDepartment(), UNKNOWN_DEPARTMENT))
        .setSeverity(rule.severity(count, weight))
        .setScore(mean)
        .setStatus(status)
        .setTitle(title(count, rule, name))
        .setModelVersion(trigger.modelVersion())
        .setEventTime(Instant.ofEpochMilli(trigger.eventTime()))
        .setWindowStart(Instant.ofEpochMilli(windowEnd - rule.periodMillis()))
        .setWindowEnd(Instant.ofEpochMilli(windowEnd))
        .setSource(sourceOf(trigger))
        .setEvidence(reviews.subList(Math.max(0, count - rule.maxEvidence()), count).stream()
            .map(review -> evidence(review, trigger.topic())).toList())
        .setAttributes(attributes(count, weight, rule))
        .build();
  }

  /** E.g. "3 avis signalent une intoxication alimentaire en 30 jours : Chez Paul". */
  public static String title(int count, RiskRule rule, String establishmentName) {
    String title = count + (count == 1 ? " avis signale" : " avis signalent")
        + " une intoxication alimentaire en " + rule.periodInFrench();
    return establishmentName == null || establishmentName.isBlank() ? title : title + " : " + establishmentName;
  }

  /** @param topic the feed topic the establishment's reviews are read from */
  static Evidence evidence(RiskyReview review, String topic) {
    return Evidence.newBuilder()
        .setSource(new SourceRef(topic, review.getPartition(), review.getOffset(), review.getReviewId()))
        .setEventTime(Instant.ofEpochMilli(review.getEventTime()))
        .setScore(review.getScore())
        .setExcerpt(review.getExcerpt())
        .setLabel(review.getPlatform() == null ? "avis" : "avis " + review.getPlatform())
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
}
