package fr.sentinelle.avro.validate;

import fr.sentinelle.avro.feed.CallUtterance;
import fr.sentinelle.avro.feed.InspectionLetter;
import fr.sentinelle.avro.feed.MedicalReport;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.avro.specific.SpecificRecord;

/**
 * Checks a feed record against the rules its schema cannot express (ids, text size, department
 * codes, ranges, plausible times). Publishers use it to reject a record before it reaches Kafka,
 * jobs to send it to the dead letters; both therefore agree on what "valid" means.
 */
public final class FeedValidator {
  /** Longest text a detector reads; jobs reject longer ones as TOO_LARGE. */
  public static final int MAX_TEXT_CHARS = 100_000;
  /** Longest identifier: ids are keys and appear in alert ids. */
  public static final int MAX_ID_CHARS = 256;
  /** Longest short label (name, address, platform, unit…). */
  public static final int MAX_LABEL_CHARS = 1_000;
  /** Most items in a list field (measurements of one reading). */
  public static final int MAX_ITEMS = 1_000;
  /** No feed holds records older than this. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /** Clock skew tolerated for event times ahead of now. */
  public static final Duration MAX_FUTURE = Duration.ofDays(1);

  private static final Map<Class<?>, BiConsumer<SpecificRecord, Violations>> RULES = Map.of(
      Review.class, (r, v) -> FeedRules.review((Review) r, v),
      WaterReading.class, (r, v) -> FeedRules.waterReading((WaterReading) r, v),
      SceneTile.class, (r, v) -> FeedRules.sceneTile((SceneTile) r, v),
      CallUtterance.class, (r, v) -> FeedRules.callUtterance((CallUtterance) r, v),
      InspectionLetter.class, (r, v) -> FeedRules.inspectionLetter((InspectionLetter) r, v),
      MedicalReport.class, (r, v) -> FeedRules.medicalReport((MedicalReport) r, v));

  private FeedValidator() {}

  /** The record's violations as "field: problem", empty when valid; times are judged against the system clock. */
  public static List<String> violations(SpecificRecord record) {
    return violations(record, Clock.systemUTC());
  }

  public static List<String> violations(SpecificRecord record, Clock clock) {
    return violations(record, clock.instant());
  }

  /**
   * @param now the instant "future" event times are judged against
   * @throws IllegalArgumentException if the record is not one of the six feed record types
   */
  public static List<String> violations(SpecificRecord record, Instant now) {
    if (record == null) {
      return List.of("record: missing");
    }
    BiConsumer<SpecificRecord, Violations> rules = RULES.get(record.getClass());
    if (rules == null) {
      throw new IllegalArgumentException("not a feed record: " + record.getClass().getName());
    }
    Violations violations = new Violations(now);
    rules.accept(record, violations);
    return violations.messages();
  }

  /** True when the text alone is over {@link #MAX_TEXT_CHARS}, so callers can tell TOO_LARGE from INVALID. */
  public static boolean isTooLarge(SpecificRecord record) {
    if (record == null || record.getSchema().getField("text") == null) {
      return false;
    }
    Object text = record.get(record.getSchema().getField("text").pos());
    return text instanceof CharSequence chars && chars.length() > MAX_TEXT_CHARS;
  }
}
