package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;

/** WGS 84 decimal degrees. */
@Serdeable
public record LocationView(double lat, double lon) {}
