package fr.sentinelle.avro.validate;

import fr.sentinelle.avro.common.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Collects "field: problem" messages; each check method is one reusable rule. */
final class Violations {
  private final Instant now;
  private final List<String> messages = new ArrayList<>();

  Violations(Instant now) {
    this.now = now;
  }

  List<String> messages() {
    return List.copyOf(messages);
  }

  void add(String field, String problem) {
    messages.add(field + ": " + problem);
  }

  /** An identifier: present, not blank, at most {@link FeedValidator#MAX_ID_CHARS}, no control characters. */
  void id(String field, String value) {
    if (required(field, value)) {
      bounded(field, value, FeedValidator.MAX_ID_CHARS);
      if (hasControlCharacter(value)) {
        add(field, "contains control characters");
      }
    }
  }

  /** A short required label (platform, unit, sector…). */
  void label(String field, String value) {
    if (required(field, value)) {
      bounded(field, value, FeedValidator.MAX_LABEL_CHARS);
    }
  }

  /** A short optional label: null is fine, blank or too long is not. */
  void optionalLabel(String field, String value) {
    if (value != null) {
      label(field, value);
    }
  }

  /** The free text a detector reads. */
  void text(String field, String value) {
    if (required(field, value)) {
      bounded(field, value, FeedValidator.MAX_TEXT_CHARS);
    }
  }

  void department(String field, String value, boolean nullable) {
    if (value == null) {
      if (!nullable) {
        add(field, "missing");
      }
    } else if (!FrenchDepartments.isValid(value)) {
      add(field, "'" + shorten(value) + "' is not a French department code (01-95, 2A, 2B, 971-976)");
    }
  }

  void language(String field, String value) {
    if (value != null && !isLanguageCode(value)) {
      add(field, "'" + shorten(value) + "' is not an ISO 639 code such as fr or en");
    }
  }

  void location(String field, GeoPoint point) {
    if (point != null) {
      range(field + ".latitude", point.getLatitude(), -90, 90);
      range(field + ".longitude", point.getLongitude(), -180, 180);
    }
  }

  /** A finite number within [min, max]; null (absent) is fine. */
  void range(String field, Double value, double min, double max) {
    if (value != null && finite(field, value) && (value < min || value > max)) {
      add(field, value + " is out of range [" + min + ", " + max + "]");
    }
  }

  boolean finite(String field, Double value) {
    if (value != null && !Double.isFinite(value)) {
      add(field, "not a finite number (" + value + ")");
      return false;
    }
    return true;
  }

  void atLeast(String field, long value, long min) {
    if (value < min) {
      add(field, value + " is below " + min);
    }
  }

  /** An event time: present, not before {@link FeedValidator#EARLIEST}, at most one day ahead of now. */
  void eventTime(String field, Instant value) {
    if (value == null) {
      add(field, "missing");
    } else if (value.isBefore(FeedValidator.EARLIEST)) {
      add(field, value + " is before " + FeedValidator.EARLIEST);
    } else if (value.isAfter(now.plus(FeedValidator.MAX_FUTURE))) {
      add(field, value + " is more than " + FeedValidator.MAX_FUTURE.toHours() + "h in the future");
    }
  }

  void date(String field, LocalDate value) {
    eventTime(field, value == null ? null : value.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  boolean required(String field, String value) {
    if (value == null) {
      add(field, "missing");
      return false;
    }
    if (value.isBlank()) {
      add(field, "blank");
      return false;
    }
    return true;
  }

  private void bounded(String field, String value, int max) {
    if (value.length() > max) {
      add(field, "too long (" + value.length() + " chars, max " + max + ")");
    }
  }

  private static String shorten(String value) {
    return value.length() <= 20 ? value : value.substring(0, 20) + "…";
  }

  // Plain loops rather than a stream and a regex: every record of every feed goes through these.
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Two or three lower-case ASCII letters, as {@code [a-z]{2,3}}. */
  private static boolean isLanguageCode(String value) {
    if (value.length() < 2 || value.length() > 3) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
