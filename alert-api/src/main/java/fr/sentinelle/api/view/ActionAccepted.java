package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;

/** The action was published; it shows in the case once folded (milliseconds later). */
@Serdeable
public record ActionAccepted(String actionId) {}
