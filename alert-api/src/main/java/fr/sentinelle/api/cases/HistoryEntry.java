package fr.sentinelle.api.cases;

import java.time.Instant;

/**
 * One line of a case's history: an alert (new or new version) or an inspector action.
 *
 * @param type ALERT, ACKNOWLEDGE, ASSIGN, RESOLVE, SILENCE or NOTE
 * @param id alert id for ALERT, action id otherwise (used to fold a redelivered action once)
 */
public record HistoryEntry(String type, Instant at, String by, String id, String severity,
    String assignee, String verdict, Instant until, String note) {

  public static final String ALERT = "ALERT";
}
