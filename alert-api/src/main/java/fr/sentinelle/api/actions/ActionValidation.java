package fr.sentinelle.api.actions;

import fr.sentinelle.api.cases.ActionType;
import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.cases.Verdict;
import fr.sentinelle.api.query.BadRequestException;
import fr.sentinelle.api.view.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/** Turns a posted action into a command, or a 400 that says what to fix. */
public final class ActionValidation {
  public static final int MAX_NOTE = 2000;
  public static final int MAX_ASSIGNEE = 100;
  public static final Duration MAX_SILENCE = Duration.ofDays(366);

  private ActionValidation() {}

  public static CaseAction command(String caseId, ActionRequest request, String by, Instant now) {
    if (request == null) {
      throw new BadRequestException("body", "a JSON body {\"type\": ...} is required");
    }
    ActionType type = ActionType.fromWire(request.type() == null ? null : request.type().trim())
        .orElseThrow(() -> new BadRequestException("type", "type must be one of "
            + Arrays.stream(ActionType.values()).map(ActionType::wireName).toList() + ", got '" + request.type() + "'"));
    String note = blankToNull(request.note());
    if (note != null && note.length() > MAX_NOTE) {
      throw new BadRequestException("note", "note must be at most " + MAX_NOTE + " characters, got " + note.length());
    }
    String assignee = null;
    String verdict = null;
    Instant until = null;
    switch (type) {
      case ASSIGN -> {
        assignee = blankToNull(request.assignee());
        if (assignee == null || assignee.length() > MAX_ASSIGNEE) {
          throw new BadRequestException("assignee", "assign needs an assignee of 1 to " + MAX_ASSIGNEE + " characters");
        }
      }
      case RESOLVE -> verdict = Verdict.fromWire(blankToNull(request.verdict()))
          .orElseThrow(() -> new BadRequestException("verdict", "resolve needs a verdict: one of "
              + Arrays.stream(Verdict.values()).map(Verdict::wireName).toList() + ", got '" + request.verdict() + "'"))
          .wireName();
      case SILENCE -> until = silenceEnd(request.until(), now);
      case NOTE -> {
        if (note == null) {
          throw new BadRequestException("note", "note needs a non-empty note");
        }
      }
      case ACKNOWLEDGE -> { }
    }
    return new CaseAction(UUID.randomUUID().toString(), caseId, type.wireName(), by, now, assignee, verdict, until, note);
  }

  private static Instant silenceEnd(String text, Instant now) {
    String value = blankToNull(text);
    if (value == null) {
      throw new BadRequestException("until", "silence needs until, an ISO-8601 instant such as 2026-01-31T08:00:00Z");
    }
    Instant until;
    try {
      until = Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("until",
          "until must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got '" + value + "'");
    }
    if (!until.isAfter(now)) {
      throw new BadRequestException("until", "until must be in the future, got " + until);
    }
    if (until.isAfter(now.plus(MAX_SILENCE))) {
      throw new BadRequestException("until", "until must be at most " + MAX_SILENCE.toDays() + " days ahead, got " + until);
    }
    return until;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
