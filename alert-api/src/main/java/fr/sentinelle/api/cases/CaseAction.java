package fr.sentinelle.api.cases;

import java.time.Instant;

/**
 * One inspector command, as written (JSON) on the actions topic keyed by case id. The API checks
 * it before publishing; the fold checks it again since anyone with topic access could write one.
 *
 * @param actionId unique, so a redelivered command is folded once
 * @param type lower-case {@link ActionType} name
 * @param verdict lower-case {@link Verdict} wire name, for resolve
 */
public record CaseAction(String actionId, String caseId, String type, String by, Instant at,
    String assignee, String verdict, Instant until, String note) {

  /** Why this command cannot be folded, or null when it can. */
  public String problem() {
    if (actionId == null || caseId == null || by == null || at == null) {
      return "actionId, caseId, by and at are required";
    }
    ActionType kind = ActionType.fromWire(type).orElse(null);
    if (kind == null) {
      return "unknown action type '" + type + "'";
    }
    return switch (kind) {
      case ASSIGN -> assignee == null || assignee.isBlank() ? "assign needs an assignee" : null;
      case RESOLVE -> Verdict.fromWire(verdict).isEmpty() ? "resolve needs a verdict" : null;
      case SILENCE -> until == null ? "silence needs an until date" : null;
      case NOTE -> note == null || note.isBlank() ? "note needs a note" : null;
      case ACKNOWLEDGE -> null;
    };
  }

  public ActionType kind() {
    return ActionType.fromWire(type).orElseThrow();
  }
}
