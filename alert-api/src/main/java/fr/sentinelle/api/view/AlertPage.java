package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a filtered, sorted alert list; {@code total} counts every matching alert. */
@Serdeable
public record AlertPage(List<AlertView> items, int page, int size, long total) {}
