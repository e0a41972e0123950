package fr.sentinelle.api.cases;

import java.time.Instant;
import java.util.List;

/**
 * A verdict for retraining, as written (JSON) on the feedback topic keyed by case id: the alerts of
 * the resolved episode, what they were about and what the inspector found.
 *
 * @param actionId the resolve action, so a consumer can drop a redelivered copy
 */
public record Feedback(String actionId, String caseId, List<String> alertIds, String detector,
    String department, String subjectKind, String subjectId, String verdict, String by, Instant at) {}
