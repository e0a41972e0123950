package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;

/** What a case is about; location null when unknown. */
@Serdeable
public record CaseSubjectView(String kind, String id, String name, String address, LocationView location) {}
