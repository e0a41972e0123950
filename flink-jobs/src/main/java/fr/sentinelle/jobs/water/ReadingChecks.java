package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the water job refuses beyond the feed's shared rules (which already reject NaN and infinite
 * values, a missing or non-French department and times before 2000 or a day ahead). Each check
 * returns the reason, or null when the reading passes.
 *
 * <ul>
 *   <li><b>Unknown station</b>: an id that is not a station code (letters, digits and {@code . _ : -},
 *       at most 64, starting with a letter or digit) cannot be a station of any network; and a
 *       station already seen in one department that a reading places in another is not the station
 *       the job knows (a mix-up of ids), so its readings must not feed that station's baseline.
 *   <li><b>Impossible values</b>: a negative turbidity, conductivity or chlorine, or a pH outside
 *       0–14, is a sensor fault, not water: the reading is refused rather than scored.
 *   <li><b>Future</b>: a reading more than {@link #MAX_CLOCK_SKEW} ahead of the job's clock would push
 *       the watermark forward and make every honest reading late.
 * </ul>
 */
final class ReadingChecks {
  static final Pattern STATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);
  /** Physical range of a parameter, by feed name. */
  private static final Map<String, double[]> RANGES = Map.of(
      "turbidity", new double[] {0, Double.MAX_VALUE},
      "conductivity", new double[] {0, Double.MAX_VALUE},
      "chlorine_dioxide_1", new double[] {0, Double.MAX_VALUE},
      "chlorine_dioxide_2", new double[] {0, Double.MAX_VALUE},
      "chlorine", new double[] {0, Double.MAX_VALUE},
      "ph", new double[] {0, 14});

  private ReadingChecks() {}

  static String unknownStation(String stationId) {
    return STATION_ID.matcher(stationId).matches() ? null
        : "unknown station: '" + shorten(stationId) + "' is not a station code (" + STATION_ID.pattern() + ")";
  }

  static String otherDepartment(String stationId, String knownDepartment, String department) {
    return knownDepartment == null || knownDepartment.equals(department) ? null
        : "unknown station: " + stationId + " is in department " + knownDepartment + ", this reading says " + department;
  }

  static String impossibleValue(WaterReading reading) {
    for (Measurement m : reading.getMeasurements()) {
      double[] range = RANGES.get(m.getParameter().toString());
      Double v = m.getValue();
      if (range != null && v != null && (v < range[0] || v > range[1])) {
        return String.format(Locale.ROOT, "impossible value: %s = %s %s is outside [%s, %s] (a sensor fault, not water)",
            m.getParameter(), v, m.getUnit(), range[0], range[1] == Double.MAX_VALUE ? "∞" : range[1]);
      }
    }
    return null;
  }

  static String future(Instant eventTime, Instant now) {
    return eventTime.isAfter(now.plus(MAX_CLOCK_SKEW))
        ? "event time " + eventTime + " is more than " + MAX_CLOCK_SKEW.toMinutes() + " min ahead of the job's clock (" + now + ")"
        : null;
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
