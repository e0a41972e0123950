package fr.sentinelle.avro;

import fr.sentinelle.avro.feed.CallUtterance;
import fr.sentinelle.avro.feed.InspectionLetter;
import fr.sentinelle.avro.feed.MedicalReport;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;

/** The six field feeds: the name integrators use, the detector that reads it, its record and topic. */
public enum Feed {
  REVIEWS("reviews", "restaurant-hygiene", Review.class, "reviewId", "establishmentId"),
  WATER("water", "water-quality", WaterReading.class, "stationId", "stationId"),
  SCENES("scenes", "land-occupation", SceneTile.class, "tileId", "zoneId"),
  CALLS("calls", "citizen-calls", CallUtterance.class, "callId", "callId"),
  LETTERS("letters", "inspection-letters", InspectionLetter.class, "letterId", "siteId"),
  MEDICAL("medical", "medical-reports", MedicalReport.class, "reportId", "stayId");

  private final String feedName;
  private final String detector;
  private final Class<? extends SpecificRecord> recordType;
  private final String idField;
  private final String subjectField;

  Feed(String feedName, String detector, Class<? extends SpecificRecord> recordType,
      String idField, String subjectField) {
    this.feedName = feedName;
    this.detector = detector;
    this.recordType = recordType;
    this.idField = idField;
    this.subjectField = subjectField;
  }

  public String feedName() {
    return feedName;
  }

  public String detector() {
    return detector;
  }

  public Class<? extends SpecificRecord> recordType() {
    return recordType;
  }

  /** The field that identifies one record of this feed (for water, the station: readings have no id of their own). */
  public String idField() {
    return idField;
  }

  /**
   * The field naming what an alert is about (establishment, station, zone…): the Kafka key, so
   * all records of one subject land in one partition, in order.
   */
  public String subjectField() {
    return subjectField;
  }

  public String topic() {
    return Topics.feed(this);
  }

  public static Feed byName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Feed feed : values()) {
      if (feed.feedName.equals(wanted) || feed.detector.equals(wanted)) {
        return feed;
      }
    }
    throw new IllegalArgumentException("unknown feed '" + name + "'; known feeds: "
        + Arrays.stream(values()).map(Feed::feedName).collect(Collectors.joining(", ")));
  }
}
