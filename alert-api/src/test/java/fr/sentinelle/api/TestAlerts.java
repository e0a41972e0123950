package fr.sentinelle.api;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.common.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Known alerts for tests: every field set, so mapping and equality are exercised whole. */
public final class TestAlerts {
  public static final String HYGIENE = "restaurant-hygiene";
  public static final String WATER = "water-quality";
  public static final String MEDICAL = "medical-reports";

  private TestAlerts() {}

  public static Alert alert(String id, String detector, String department, Instant eventTime) {
    return alert(id, detector, department, eventTime, AlertStatus.OPEN);
  }

  /** A hygiene alert in department 75 about the given establishment. */
  public static Alert aboutSubject(String id, String subjectId, Instant eventTime) {
    Alert alert = alert(id, HYGIENE, "75", eventTime);
    alert.getSubject().setId(subjectId);
    return alert;
  }

  public static Alert alert(String id, String detector, String department, Instant eventTime,
      AlertStatus status) {
    SourceRef source = SourceRef.newBuilder().setTopic("sentinelle.feed.reviews").setPartition(2)
        .setOffset(41).setRecordId("review-" + id).build();
    Evidence evidence = Evidence.newBuilder().setSource(source).setEventTime(eventTime.minusSeconds(60))
        .setScore(0.93).setExcerpt("J'ai été malade après le repas").setLabel("foodborne")
        .setFeatures(Map.of("risk", 0.93)).setLink(null).build();
    return Alert.newBuilder()
        .setAlertId(id)
        .setDetector(detector)
        .setSubject(Subject.newBuilder().setKind("establishment").setId("est-" + id)
            .setName("Chez " + id).setAddress("1 rue de la Paix, Paris")
            .setLocation(GeoPoint.newBuilder().setLatitude(48.8686).setLongitude(2.3314).build())
            .build())
        .setDepartment(department)
        .setSeverity(Severity.HIGH)
        .setScore(0.91)
        .setStatus(status)
        .setTitle("Risque sanitaire : " + id)
        .setModelVersion("hygiene-test-1")
        .setEventTime(eventTime)
        .setWindowStart(eventTime.minusSeconds(3600))
        .setWindowEnd(eventTime)
        .setSource(source)
        .setEvidence(List.of(evidence))
        .setAttributes(Map.of("riskyReviews", "3"))
        .build();
  }
}
