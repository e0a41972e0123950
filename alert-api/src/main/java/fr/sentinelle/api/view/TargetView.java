package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One subject to control, with why it ranks where it does. */
@Serdeable
public record TargetView(int rank, String caseId, String detector, String department, CaseSubjectView subject,
    String status, String severity, double score, int alertCount, Instant lastSeen, String title) {}
