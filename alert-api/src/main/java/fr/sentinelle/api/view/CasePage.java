package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of cases, most recent activity first; {@code total} counts the matching cases in the caller's scope. */
@Serdeable
public record CasePage(List<CaseView> items, int page, int size, long total) {}
