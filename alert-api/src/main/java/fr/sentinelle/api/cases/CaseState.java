package fr.sentinelle.api.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything known about one case, as stored (JSON) in the cases store and its changelog. Mutable:
 * the fold reads a fresh copy from the store, changes it and writes it back.
 */
public final class CaseState {
  /** History lines kept per case (in their own store); the counts stay exact beyond it, only the oldest lines go. */
  public static final int MAX_HISTORY = 1000;
  /** Action ids remembered per case to fold a redelivered action once; inspectors act a few times per case. */
  public static final int MAX_ACTION_IDS = 1000;
  /** Alert ids of the current episode sent with a verdict. */
  public static final int MAX_EPISODE_ALERTS = 200;

  public String caseId;
  public String detector;
  public String department;
  public CaseSubject subject;
  public String severity;
  public CaseStatus status;
  public int alertCount;
  public Instant firstSeen;
  public Instant lastSeen;
  public String title;
  public String latestAlertId;
  public double latestScore;
  public String assignee;
  public String verdict;
  public Instant silencedUntil;
  /** When the current episode opened (first alert, or re-opening alert), for time to acknowledge. */
  public Instant openedAt;
  /** When the current episode was first handled by a person; null until then. */
  public Instant handledAt;
  public List<String> episodeAlertIds = new ArrayList<>();
  /**
   * History lines written so far, the number of the next one. The lines themselves are not part of
   * the case: rewriting a history of up to {@value #MAX_HISTORY} lines at every alert version was the
   * largest cost of folding an alert.
   */
  public long historyLines;
  /** When an inspector last acted on the case; null before any action. */
  public Instant lastActionAt;
  /** Ids of the actions folded, newest last. */
  public List<String> actionIds = new ArrayList<>();

  /** Silenced now: a live alert about it is folded but not sent to the stream. */
  public boolean silencedAt(Instant now) {
    return status == CaseStatus.SILENCED && silencedUntil != null && silencedUntil.isAfter(now);
  }

  /** The status as the API shows it: a silence that has ended shows as OPEN. */
  public CaseStatus effectiveStatus(Instant now) {
    return status == CaseStatus.SILENCED && !silencedAt(now) ? CaseStatus.OPEN : status;
  }

  public boolean hasAction(String actionId) {
    return actionIds.contains(actionId);
  }

  void recordAction(String actionId, Instant at) {
    actionIds.add(actionId);
    if (actionIds.size() > MAX_ACTION_IDS) {
      actionIds.remove(0);
    }
    lastActionAt = lastActionAt == null || at.isAfter(lastActionAt) ? at : lastActionAt;
  }
}
