package fr.sentinelle.api.view;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An action as posted: {@code type} acknowledge, assign (assignee), resolve (verdict confirmed,
 * false-positive or no-action), silence (until, an ISO-8601 instant in the future) or note (note);
 * any of them may carry a note.
 */
@Serdeable
public record ActionRequest(@Nullable String type, @Nullable String assignee, @Nullable String verdict,
    @Nullable String until, @Nullable String note) {}
