package fr.sentinelle.api.query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Parsing of raw request parameters, each failure a {@link BadRequestException} saying what is expected. */
final class Params {
  static final int MAX_QUERY_LENGTH = 500;

  private Params() {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static Instant instant(String name, String text) {
    String value = text(text);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name,
          name + " must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got '" + value + "'");
    }
  }

  /** Upper-cased and checked against the allowed values. */
  static String oneOf(String name, String text, Set<String> allowed) {
    String value = text(text);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      throw new BadRequestException(name, name + " must be one of " + new java.util.TreeSet<>(allowed)
          + " (any case), got '" + value + "'");
    }
    return upper;
  }

  static String query(String text) {
    String value = text(text);
    if (value != null && value.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters, got " + value.length());
    }
    return value;
  }
}
