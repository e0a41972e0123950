package fr.sentinelle.api.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything known about one case, as stored (JSON) in the cases store and its changelog. Mutable:
 * the fold reads a fresh copy from the store, changes it and writes it back.
 */
public final class CaseState {
  /** History kept per case; the counts stay exact beyond it, only the oldest lines go. */
  public static final int MAX_HISTORY = 1000;
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
  public List<HistoryEntry> history = new ArrayList<>();

  /** Silenced now: a live alert about it is folded but not sent to the stream. */
  public boolean silencedAt(Instant now) {
    return status == CaseStatus.SILENCED && silencedUntil != null && silencedUntil.isAfter(now);
  }

  /** The status as the API shows it: a silence that has ended shows as OPEN. */
  public CaseStatus effectiveStatus(Instant now) {
    return status == CaseStatus.SILENCED && !silencedAt(now) ? CaseStatus.OPEN : status;
  }

  public boolean hasHistoryId(String id) {
    return history.stream().anyMatch(entry -> id.equals(entry.id()) && !HistoryEntry.ALERT.equals(entry.type()));
  }

  void addHistory(HistoryEntry entry) {
    history.add(entry);
    if (history.size() > MAX_HISTORY) {
      history.remove(0);
    }
  }
}
