package fr.sentinelle.api.query;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alert filters shared by the list and the live stream; a null field matches everything.
 * {@code q} is applied through the text index, not here.
 *
 * @param since alerts whose event time is at or after this instant
 * @param until alerts whose event time is before this instant
 */
public record AlertFilter(String detector, String department, String severity, String status,
    Instant since, Instant until, String q) {
  public static final AlertFilter ALL = new AlertFilter(null, null, null, null, null, null, null);
  static final Set<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.toSet());
  static final Set<String> STATUSES = Arrays.stream(AlertStatus.values()).map(Enum::name).collect(Collectors.toSet());

  /** From raw request parameters; blank means absent. */
  public static AlertFilter parse(String detector, String department, String since) {
    return parse(detector, department, null, null, since, null, null);
  }

  public static AlertFilter parse(String detector, String department, String severity, String status,
      String since, String until, String q) {
    return new AlertFilter(Params.text(detector), Params.text(department),
        Params.oneOf("severity", severity, SEVERITIES), Params.oneOf("status", status, STATUSES),
        Params.instant("since", since), Params.instant("until", until), Params.query(q));
  }

  public boolean matches(Alert alert) {
    return (detector == null || detector.equals(alert.getDetector()))
        && (department == null || department.equals(alert.getDepartment()))
        && (severity == null || severity.equals(alert.getSeverity().name()))
        && (status == null || status.equals(alert.getStatus().name()))
        && (since == null || !alert.getEventTime().isBefore(since))
        && (until == null || alert.getEventTime().isBefore(until));
  }
}
