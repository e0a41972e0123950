package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;

/** Error responses: a stable code for programs and a sentence for people. */
@Serdeable
public record ErrorBody(String error, String message) {}
