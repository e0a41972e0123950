package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One alert as the API shows it; times are ISO-8601 instants. */
@Serdeable
public record AlertView(
    String alertId,
    String caseId,
    String detector,
    SubjectView subject,
    String department,
    String severity,
    double score,
    String status,
    String title,
    String modelVersion,
    Instant eventTime,
    Instant windowStart,
    Instant windowEnd,
    SourceView source,
    List<EvidenceView> evidence,
    Map<String, String> attributes) {}
