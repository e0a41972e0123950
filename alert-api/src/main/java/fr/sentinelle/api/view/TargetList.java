package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Subjects ranked by current risk; {@code total} counts the ranked subjects in the caller's scope. */
@Serdeable
public record TargetList(List<TargetView> items, long total) {}
