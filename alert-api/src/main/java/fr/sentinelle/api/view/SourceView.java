package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;

/** The feed record that raised an alert; partition and offset are -1 when not read from Kafka. */
@Serdeable
public record SourceView(String topic, int partition, long offset, String recordId) {}
