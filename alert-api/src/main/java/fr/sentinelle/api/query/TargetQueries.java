package fr.sentinelle.api.query;

import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.CaseStatus;
import fr.sentinelle.avro.alert.Severity;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where to send inspectors: subjects (one per case) ranked by current risk. The rule, in order:
 * cases not resolved before resolved ones; then higher severity of the latest alert; then higher
 * latest score; then the most recent alert; then case id, so the order is stable.
 */
@Singleton
public class TargetQueries {
  private final CaseQueries cases;

  public TargetQueries(CaseQueries cases) {
    this.cases = cases;
  }

  static Comparator<CaseState> byRisk(Instant now) {
    return Comparator.<CaseState, Boolean>comparing(state -> state.effectiveStatus(now) == CaseStatus.RESOLVED)
        .thenComparing(state -> Severity.valueOf(state.severity).ordinal(), Comparator.reverseOrder())
        .thenComparing(state -> state.latestScore, Comparator.reverseOrder())
        .thenComparing(state -> state.lastSeen, Comparator.reverseOrder())
        .thenComparing(state -> state.caseId);
  }

  /** @return the first {@code limit} ranked subjects and how many there are in all */
  public Ranked rank(Scope scope, String detector, String department, int limit) {
    Instant now = cases.now();
    List<CaseState> all = cases.all(scope, state -> (detector == null || detector.equals(state.detector))
        && (department == null || department.equals(state.department)));
    all.sort(byRisk(now));
    return new Ranked(List.copyOf(all.subList(0, Math.min(limit, all.size()))), all.size(), now);
  }

  public record Ranked(List<CaseState> items, long total, Instant now) {}
}
