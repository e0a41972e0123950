package fr.sentinelle.api.view;

import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.common.SourceRef;
import java.util.List;
import java.util.Map;

/** Maps Avro alerts to the API's JSON shapes. */
public final class AlertViews {
  private AlertViews() {}

  public static AlertView of(Alert alert) {
    return new AlertView(alert.getAlertId(), CaseIds.of(alert), alert.getDetector(), subject(alert.getSubject()),
        alert.getDepartment(), alert.getSeverity().name(), alert.getScore(),
        alert.getStatus().name(), alert.getTitle(), alert.getModelVersion(), alert.getEventTime(),
        alert.getWindowStart(), alert.getWindowEnd(), source(alert.getSource()),
        alert.getEvidence().stream().map(AlertViews::evidence).toList(),
        Map.copyOf(alert.getAttributes()));
  }

  private static SubjectView subject(Subject subject) {
    GeoPoint location = subject.getLocation();
    return new SubjectView(subject.getKind(), subject.getId(), subject.getName(),
        subject.getAddress(), location == null ? null : location.getLatitude(),
        location == null ? null : location.getLongitude());
  }

  private static SourceView source(SourceRef source) {
    return new SourceView(source.getTopic(), source.getPartition(), source.getOffset(),
        source.getRecordId());
  }

  public static EvidenceView evidence(Evidence evidence) {
    return new EvidenceView(evidence.getSource().getRecordId(), evidence.getEventTime(),
        evidence.getScore(), evidence.getExcerpt(), evidence.getLabel(),
        Map.copyOf(evidence.getFeatures()), evidence.getLink());
  }

  public static List<AlertView> of(List<Alert> alerts) {
    return alerts.stream().map(AlertViews::of).toList();
  }
}
