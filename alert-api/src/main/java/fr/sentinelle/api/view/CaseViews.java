package fr.sentinelle.api.view;

import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.CaseSubject;
import fr.sentinelle.api.cases.HistoryEntry;
import fr.sentinelle.avro.alert.Alert;
import java.time.Instant;
import java.util.List;

/** Maps stored cases to the API's JSON shapes. */
public final class CaseViews {
  private CaseViews() {}

  /**
   * @param latest the case's latest alert from the alert store, null if unavailable
   * @param history the case's history (one case), or null for none (lists)
   */
  public static CaseView of(CaseState state, Alert latest, Instant now, List<HistoryEntry> history) {
    return new CaseView(state.caseId, state.detector, state.department, subject(state.subject),
        state.severity, state.effectiveStatus(now).name(), state.alertCount, state.firstSeen, state.lastSeen,
        state.title, latest == null ? null : latest(latest), state.assignee, state.verdict,
        state.silencedAt(now) ? state.silencedUntil : null,
        history == null ? null : history.stream().map(CaseViews::history).toList());
  }

  public static CaseSubjectView subject(CaseSubject subject) {
    if (subject == null) {
      return null;
    }
    LocationView location = subject.lat() == null || subject.lon() == null ? null
        : new LocationView(subject.lat(), subject.lon());
    return new CaseSubjectView(subject.kind(), subject.id(), subject.name(), subject.address(), location);
  }

  private static LatestAlertView latest(Alert alert) {
    return new LatestAlertView(alert.getAlertId(), alert.getScore(), alert.getTitle(), alert.getSeverity().name(),
        alert.getStatus().name(), alert.getEventTime(),
        alert.getEvidence().stream().map(AlertViews::evidence).toList());
  }

  private static HistoryView history(HistoryEntry entry) {
    boolean alert = HistoryEntry.ALERT.equals(entry.type());
    return new HistoryView(entry.type(), entry.at(), entry.by(), alert ? entry.id() : null,
        alert ? null : entry.id(), entry.severity(), entry.assignee(), entry.verdict(), entry.until(), entry.note());
  }

  public static List<CaseView> of(List<CaseState> states, java.util.function.Function<String, Alert> latest,
      Instant now) {
    return states.stream().map(state -> of(state, latest.apply(state.latestAlertId), now, null)).toList();
  }
}
