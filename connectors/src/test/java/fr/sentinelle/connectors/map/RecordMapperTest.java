package fr.sentinelle.connectors.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.feed.CallUtterance;
import fr.sentinelle.avro.feed.InspectionLetter;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.Speaker;
import fr.sentinelle.avro.feed.WaterReading;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String REVIEW = "{\"reviewId\":\"r1\",\"establishmentId\":\"e1\",\"platform\":\"google\",\"text\":\"Bon\","
      + "\"eventTime\":\"2026-11-02T12:00:00Z\"";

  @Test
  void jsonReviewWithEveryField() throws Exception {
    Review review = (Review) map(Review.class, false, REVIEW + ",\"establishmentName\":\"Chez Paul\",\"department\":\"75\","
        + "\"location\":{\"latitude\":48.85,\"longitude\":2}, \"rating\":4.5,\"language\":\"fr\",\"unknownField\":[1]}").record();
    assertEquals(new Review("r1", "e1", "Chez Paul", null, "75", new GeoPoint(48.85, 2.0), "google", "fr", "Bon", 4.5,
        Instant.parse("2026-11-02T12:00:00Z")), review);
  }

  @Test
  void absentAndNullNullableFieldsAreNull() throws Exception {
    Review review = (Review) map(Review.class, false, REVIEW + ",\"rating\":null}").record();
    assertNull(review.getRating());
    assertNull(review.getLocation());
    assertNull(review.getDepartment());
  }

  @Test
  void timestamps() throws Exception {
    assertEquals(Instant.parse("2026-11-02T11:00:00Z"), time(false, "\"2026-11-02T12:00:00+01:00\""));
    assertEquals(Instant.ofEpochMilli(1762084800123L), time(false, "1762084800123"));
    assertEquals(Instant.ofEpochMilli(1762084800123L), time(true, "\"1762084800123\""));
    assertEquals(Instant.parse("2026-11-02T12:00:00.250Z"), time(true, "\"2026-11-02T12:00:00.250Z\""));
    assertEquals(List.of("eventTime: expected an ISO-8601 instant with offset such as 2026-11-02T18:30:00Z"
        + " or epoch milliseconds, got '2026-11-02T12:00:00'"), timeErrors(false, "\"2026-11-02T12:00:00\""));
    assertEquals(List.of("eventTime: expected an ISO-8601 instant such as 2026-11-02T18:30:00Z, or epoch milliseconds,"
        + " got number 1.5"), timeErrors(false, "1.5"));
    assertEquals(List.of("eventTime: expected an ISO-8601 instant such as 2026-11-02T18:30:00Z, or epoch milliseconds,"
        + " got boolean true"), timeErrors(false, "true"));
  }

  @Test
  void numbersAreTypedInJsonAndParsedInCsv() throws Exception {
    assertEquals(List.of("rating: expected a number, got '4'"), map(Review.class, false, REVIEW + ",\"rating\":\"4\"}").errors());
    assertEquals(4.0, ((Review) map(Review.class, true, REVIEW + ",\"rating\":\"4\"}").record()).getRating());
    assertEquals(List.of("rating: expected a number (with a decimal point), got '4,5'"),
        map(Review.class, true, REVIEW + ",\"rating\":\"4,5\"}").errors());
    assertEquals(List.of("rating: expected a number (with a decimal point), got 'NaN'"),
        map(Review.class, true, REVIEW + ",\"rating\":\"NaN\"}").errors());
  }

  @Test
  void strings() throws Exception {
    assertEquals(List.of("establishmentName: expected a string, got number 12"),
        map(Review.class, false, REVIEW + ",\"establishmentName\":12}").errors());
    assertEquals(List.of("address: expected a string, got object {\"street\":\"x\"}"),
        map(Review.class, false, REVIEW + ",\"address\":{\"street\":\"x\"}}").errors());
  }

  @Test
  void integersMustBeWholeAndInRange() throws Exception {
    String call = "{\"callId\":\"c1\",\"speaker\":\"BOT\",\"text\":\"Bonjour\",\"eventTime\":\"2026-11-02T12:00:00Z\",\"turn\":";
    assertEquals(3, ((CallUtterance) map(CallUtterance.class, false, call + "3}").record()).getTurn());
    assertEquals(3, ((CallUtterance) map(CallUtterance.class, true, call + "\"3\"}").record()).getTurn());
    assertEquals(List.of("turn: number out of range or not whole"), map(CallUtterance.class, false, call + "3.5}").errors());
    assertEquals(List.of("turn: number out of range or not whole"), map(CallUtterance.class, false, call + "3000000000}").errors());
  }

  @Test
  void enumsBySymbol() throws Exception {
    String call = "{\"callId\":\"c1\",\"turn\":0,\"text\":\"Bonjour\",\"eventTime\":\"2026-11-02T12:00:00Z\",\"speaker\":";
    assertEquals(Speaker.AGENT, ((CallUtterance) map(CallUtterance.class, false, call + "\"AGENT\"}").record()).getSpeaker());
    assertEquals(List.of("speaker: expected one of [CALLER, BOT, AGENT, UNKNOWN], got 'agent'"),
        map(CallUtterance.class, false, call + "\"agent\"}").errors());
  }

  @Test
  void dates() throws Exception {
    String letter = "{\"letterId\":\"l1\",\"siteId\":\"s1\",\"sector\":\"REP\",\"text\":\"Monsieur,\","
        + "\"eventTime\":\"2026-11-02T12:00:00Z\",\"inspectionDate\":";
    assertEquals(LocalDate.parse("2026-10-02"),
        ((InspectionLetter) map(InspectionLetter.class, true, letter + "\"2026-10-02\"}").record()).getInspectionDate());
    assertEquals(List.of("inspectionDate: expected an ISO date such as 2026-11-02, got '02/10/2026'"),
        map(InspectionLetter.class, true, letter + "\"02/10/2026\"}").errors());
  }

  @Test
  void arraysFromJsonArraysOrJsonTextInACsvCell() throws Exception {
    String water = "{\"stationId\":\"s1\",\"department\":\"2B\",\"eventTime\":\"2026-11-02T12:00:00Z\",\"measurements\":";
    WaterReading reading = (WaterReading) map(WaterReading.class, false,
        water + "[{\"parameter\":\"ph\",\"value\":7.2,\"unit\":\"1\"},{\"parameter\":\"chlorine\",\"unit\":\"mg/L\"}]}").record();
    assertEquals(List.of(new Measurement("ph", 7.2, "1"), new Measurement("chlorine", null, "mg/L")), reading.getMeasurements());
    WaterReading fromCsv = (WaterReading) map(WaterReading.class, true,
        water + "\"[{\\\"parameter\\\":\\\"ph\\\",\\\"value\\\":7.2,\\\"unit\\\":\\\"1\\\"}]\"}").record();
    assertEquals(List.of(new Measurement("ph", 7.2, "1")), fromCsv.getMeasurements());
    assertEquals(List.of("measurements[0].value: expected a number, got 'x'", "measurements[1].unit: missing"),
        map(WaterReading.class, false, water + "[{\"parameter\":\"ph\",\"value\":\"x\",\"unit\":\"1\"},{\"parameter\":\"ph\"}]}").errors());
    assertEquals(List.of("measurements: expected an array, got object {}"), map(WaterReading.class, false, water + "{}}").errors());
    assertEquals(List.of("measurements: expected a JSON array in the cell, got 'ph=7'"),
        map(WaterReading.class, true, water + "\"ph=7\"}").errors());
  }

  @Test
  void nestedRecordsDefaultsAndBytes() throws Exception {
    String tile = "{\"tileId\":\"t1\",\"zoneId\":\"z1\",\"department\":\"971\",\"crs\":\"EPSG:2154\",\"sensor\":\"sentinel-2\","
        + "\"width\":2,\"height\":2,\"acquisitionTime\":\"2026-11-02T12:00:00Z\",\"bbox\":{\"minX\":0,\"minY\":0,\"maxX\":1,\"maxY\":1}";
    SceneTile scene = (SceneTile) map(SceneTile.class, false, tile + ",\"image\":\"aGk=\"}").record();
    assertEquals(List.of(), scene.getBands());
    assertEquals(ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)), scene.getImage());
    assertEquals(List.of("image: expected base64 text, got '%%%'"), map(SceneTile.class, false, tile + ",\"image\":\"%%%\"}").errors());
    assertEquals(List.of("bbox.maxY: missing"),
        map(SceneTile.class, false, tile.replace(",\"maxY\":1", "") + "}").errors());
    assertEquals(List.of("bands[1]: expected a string, got number 3"),
        map(SceneTile.class, false, tile + ",\"bands\":[\"B04\",3]}").errors());
  }

  @Test
  void everyProblemOfARowIsReported() throws Exception {
    assertEquals(List.of("reviewId: missing", "establishmentId: missing", "location: expected an object, got 'Paris'",
            "platform: missing", "text: missing", "eventTime: missing"),
        map(Review.class, false, "{\"location\":\"Paris\"}").errors());
    assertEquals(List.of("location.longitude: missing"),
        map(Review.class, true, REVIEW + ",\"location\":{\"latitude\":\"48.8\"}}").errors());
  }

  private static Instant time(boolean textual, String value) throws Exception {
    return ((Review) map(Review.class, textual, REVIEW.replace("\"2026-11-02T12:00:00Z\"", value) + "}").record()).getEventTime();
  }

  private static List<String> timeErrors(boolean textual, String value) throws Exception {
    return map(Review.class, textual, REVIEW.replace("\"2026-11-02T12:00:00Z\"", value) + "}").errors();
  }

  static MappedRecord map(Class<?> type, boolean textual, String json) throws Exception {
    JsonNode node = JSON.readTree(json);
    return new RecordMapper(org.apache.avro.specific.SpecificData.get().getSchema(type), textual).map((ObjectNode) node);
  }
}
