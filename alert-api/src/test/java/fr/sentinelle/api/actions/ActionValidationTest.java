package fr.sentinelle.api.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.query.BadRequestException;
import fr.sentinelle.api.view.ActionRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionValidationTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private static CaseAction command(ActionRequest request) {
    return ActionValidation.command("c-1", request, "alice", NOW);
  }

  private static String problem(ActionRequest request) {
    return assertThrows(BadRequestException.class, () -> command(request)).getMessage();
  }

  @Test
  void aValidActionBecomesACommandByTheCallerAtNow() {
    CaseAction action = command(new ActionRequest("silence", null, null, "2026-03-09T10:00:00Z", " why "));
    assertEquals("silence", action.type());
    assertEquals("alice", action.by());
    assertEquals(NOW, action.at());
    assertEquals(Instant.parse("2026-03-09T10:00:00Z"), action.until());
    assertEquals("why", action.note());
    assertNull(action.problem());
    assertEquals("false-positive", command(new ActionRequest("resolve", null, "false-positive", null, null)).verdict());
  }

  @Test
  void eachMissingOrWrongFieldSaysWhatIsExpected() {
    assertEquals("a JSON body {\"type\": ...} is required",
        assertThrows(BadRequestException.class, () -> command(null)).getMessage());
    assertEquals("type must be one of [acknowledge, assign, resolve, silence, note], got 'null'",
        problem(new ActionRequest(null, null, null, null, null)));
    assertEquals("until must be in the future, got 2026-03-02T10:00:00Z",
        problem(new ActionRequest("silence", null, null, "2026-03-02T10:00:00Z", null)));
    assertEquals("until must be at most 366 days ahead, got 2028-01-01T00:00:00Z",
        problem(new ActionRequest("silence", null, null, "2028-01-01T00:00:00Z", null)));
    assertEquals("assign needs an assignee of 1 to 100 characters",
        problem(new ActionRequest("assign", "x".repeat(101), null, null, null)));
  }
}
