package fr.sentinelle.api.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A case: every alert of one detector about one subject, and what inspectors did about it.
 * {@code history} is given for one case only (GET /api/cases/{caseId}), absent from lists.
 */
@Serdeable
public record CaseView(String caseId, String detector, String department, CaseSubjectView subject,
    String severity, String status, int alertCount, Instant firstSeen, Instant lastSeen, String title,
    @Nullable LatestAlertView latestAlert, String assignee, String verdict, Instant silencedUntil,
    @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryView> history) {}
