package fr.sentinelle.api.query;

import fr.sentinelle.avro.alert.Alert;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The filters shared by the list and the live stream; a null field matches everything.
 *
 * @param since alerts whose event time is at or after this instant
 */
public record AlertFilter(String detector, String department, Instant since) {
  public static final AlertFilter ALL = new AlertFilter(null, null, null);

  /** From raw request parameters; blank means absent. */
  public static AlertFilter parse(String detector, String department, String since) {
    return new AlertFilter(blankToNull(detector), blankToNull(department), parseInstant(since));
  }

  public boolean matches(Alert alert) {
    return (detector == null || detector.equals(alert.getDetector()))
        && (department == null || department.equals(alert.getDepartment()))
        && (since == null || !alert.getEventTime().isBefore(since));
  }

  private static Instant parseInstant(String text) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("since",
          "since must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
