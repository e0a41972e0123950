package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;

/** What an alert is about; coordinates are WGS 84 decimal degrees, null when unknown. */
@Serdeable
public record SubjectView(String kind, String id, String name, String address,
    Double latitude, Double longitude) {}
