package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** One piece of evidence: a passage, a measurement or a link, with the record it came from. */
@Serdeable
public record EvidenceView(String recordId, Instant eventTime, Double score, String excerpt,
    String label, Map<String, Double> features, String link) {}
