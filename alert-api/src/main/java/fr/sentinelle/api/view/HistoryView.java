package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One line of a case's history, oldest first. {@code type} ALERT (with alertId, severity; {@code at}
 * is the alert's event time, {@code by} its detector) or ACKNOWLEDGE, ASSIGN, RESOLVE, SILENCE, NOTE
 * (with the fields of that action; {@code by} the token subject).
 */
@Serdeable
public record HistoryView(String type, Instant at, String by, String alertId, String actionId, String severity,
    String assignee, String verdict, Instant until, String note) {}
