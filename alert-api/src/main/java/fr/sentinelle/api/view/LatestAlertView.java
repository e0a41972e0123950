package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The case's most recent alert, with its evidence. */
@Serdeable
public record LatestAlertView(String alertId, double score, String title, String severity, String status,
    Instant eventTime, List<EvidenceView> evidence) {}
