package fr.sentinelle.api.query;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.CaseStatus;
import fr.sentinelle.avro.alert.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Case filters; a null field matches everything. Status is the shown one (a lapsed silence is
 * OPEN); since/until bound the case's last alert time; {@code q} goes through the text index.
 */
public record CaseFilter(String detector, String department, String severity, String status,
    Instant since, Instant until, String q) {
  static final Set<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.toSet());
  static final Set<String> STATUSES = Arrays.stream(CaseStatus.values()).map(Enum::name).collect(Collectors.toSet());

  public static CaseFilter parse(String detector, String department, String severity, String status,
      String since, String until, String q) {
    return new CaseFilter(Params.text(detector), Params.text(department),
        Params.oneOf("severity", severity, SEVERITIES), Params.oneOf("status", status, STATUSES),
        Params.instant("since", since), Params.instant("until", until), Params.query(q));
  }

  public boolean matches(CaseState state, Instant now) {
    return (detector == null || detector.equals(state.detector))
        && (department == null || department.equals(state.department))
        && (severity == null || severity.equals(state.severity))
        && (status == null || status.equals(state.effectiveStatus(now).name()))
        && (since == null || !state.lastSeen.isBefore(since))
        && (until == null || state.lastSeen.isBefore(until));
  }
}
