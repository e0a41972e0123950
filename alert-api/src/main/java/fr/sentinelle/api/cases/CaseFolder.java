package fr.sentinelle.api.cases;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import java.time.Duration;
import java.time.Instant;

/** Folds alerts and actions into a case: pure functions, the stream processor stores the result. */
public final class CaseFolder {
  private CaseFolder() {}

  /**
   * @param isNewAlert first version of this alert id (counted), or a newer version of one (not counted)
   * @param now the service's clock: decides whether a silence is still on
   */
  public static AlertFold alert(CaseState current, Alert alert, boolean isNewAlert, Instant now) {
    CaseState state = current != null ? current : opened(alert, now);
    boolean silenced = state.silencedAt(now);
    boolean reopens = current != null && !silenced && alert.getStatus() != AlertStatus.CLOSED
        && (state.status == CaseStatus.RESOLVED || state.status == CaseStatus.SILENCED);
    if (reopens) {
      state.status = CaseStatus.OPEN;
      state.verdict = null;
      state.assignee = null;
      state.silencedUntil = null;
      state.openedAt = now;
      state.handledAt = null;
      state.episodeAlertIds.clear();
    }
    if (isNewAlert) {
      state.alertCount++;
      if (state.episodeAlertIds.size() < CaseState.MAX_EPISODE_ALERTS) {
        state.episodeAlertIds.add(alert.getAlertId());
      }
    }
    Instant eventTime = alert.getEventTime();
    if (state.lastSeen == null || !eventTime.isBefore(state.lastSeen)
        || alert.getAlertId().equals(state.latestAlertId)) {
      state.latestAlertId = alert.getAlertId();
      state.latestScore = alert.getScore();
      state.severity = alert.getSeverity().name();
      state.title = alert.getTitle();
      state.department = alert.getDepartment();
      state.subject = CaseSubject.of(alert.getSubject());
    }
    state.lastSeen = state.lastSeen == null || eventTime.isAfter(state.lastSeen) ? eventTime : state.lastSeen;
    state.firstSeen = state.firstSeen == null || eventTime.isBefore(state.firstSeen) ? eventTime : state.firstSeen;
    HistoryEntry line = new HistoryEntry(HistoryEntry.ALERT, eventTime, alert.getDetector(),
        alert.getAlertId(), alert.getSeverity().name(), null, null, null, null);
    return new AlertFold(state, !silenced, line);
  }

  private static CaseState opened(Alert alert, Instant now) {
    CaseState state = new CaseState();
    state.caseId = CaseIds.of(alert);
    state.detector = alert.getDetector();
    state.status = CaseStatus.OPEN;
    state.openedAt = now;
    return state;
  }

  /** Applies a valid action ({@link CaseAction#problem()} null) to an existing case. */
  public static ActionFold action(CaseState state, CaseAction action) {
    if (state.hasAction(action.actionId())) {
      return new ActionFold(state, false, null, null, null);
    }
    ActionType type = action.kind();
    Duration handledAfter = null;
    if (type != ActionType.NOTE && type != ActionType.SILENCE && state.handledAt == null) {
      state.handledAt = action.at();
      handledAfter = state.openedAt == null ? null : Duration.between(state.openedAt, action.at());
    }
    Feedback feedback = null;
    switch (type) {
      case ACKNOWLEDGE -> {
        if (state.status == CaseStatus.OPEN || state.status == CaseStatus.SILENCED) {
          state.status = CaseStatus.ACKNOWLEDGED;
          state.silencedUntil = null;
        }
      }
      case ASSIGN -> {
        state.assignee = action.assignee();
        state.status = CaseStatus.ASSIGNED;
        state.silencedUntil = null;
      }
      case RESOLVE -> {
        state.verdict = action.verdict();
        state.status = CaseStatus.RESOLVED;
        state.silencedUntil = null;
        feedback = new Feedback(action.actionId(), state.caseId, java.util.List.copyOf(state.episodeAlertIds),
            state.detector, state.department, state.subject == null ? null : state.subject.kind(),
            state.subject == null ? null : state.subject.id(), action.verdict(), action.by(), action.at());
      }
      case SILENCE -> {
        state.status = CaseStatus.SILENCED;
        state.silencedUntil = action.until();
      }
      case NOTE -> { }
    }
    state.recordAction(action.actionId(), action.at());
    HistoryEntry line = new HistoryEntry(type.name(), action.at(), action.by(), action.actionId(), null,
        action.assignee(), action.verdict(), action.until(), action.note());
    return new ActionFold(state, true, feedback, handledAfter, line);
  }

  /**
   * @param streamed false while the subject is silenced: counted in the case, not streamed
   * @param line the history line to append
   */
  public record AlertFold(CaseState state, boolean streamed, HistoryEntry line) {}

  /**
   * @param applied false for a redelivered action already folded
   * @param handledAfter time from the episode's opening to its first handling, once per episode
   * @param line the history line to append; null when not applied
   */
  public record ActionFold(CaseState state, boolean applied, Feedback feedback, Duration handledAfter,
      HistoryEntry line) {}
}
