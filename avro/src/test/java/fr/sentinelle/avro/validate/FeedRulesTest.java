package fr.sentinelle.avro.validate;

import static fr.sentinelle.avro.validate.ValidRecords.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.common.BoundingBox;
import fr.sentinelle.avro.feed.CallUtterance;
import fr.sentinelle.avro.feed.InspectionLetter;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.MedicalReport;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** The rules specific to each feed other than reviews (shared rules are in FeedValidatorTest). */
class FeedRulesTest {

  @Test
  void water() {
    assertEquals(List.of("department: missing"), check(ValidRecords.water(), w -> w.setDepartment(null)));
    assertEquals(List.of("measurements: empty"), check(ValidRecords.water(), w -> w.setMeasurements(List.of())));
    assertEquals(List.of("measurements: too many (1001, max 1000)"), check(ValidRecords.water(),
        w -> w.setMeasurements(Collections.nCopies(1001, new Measurement("ph", 7.0, "1")))));
    assertEquals(List.of("measurements[0].parameter: blank", "measurements[0].value: not a finite number (-Infinity)",
            "measurements[1].unit: missing"),
        check(ValidRecords.water(), w -> w.setMeasurements(List.of(
            new Measurement(" ", Double.NEGATIVE_INFINITY, "mg/L"), new Measurement("ph", 7.1, null)))));
    assertEquals(List.of("stationId: blank"), check(ValidRecords.water(), w -> w.setStationId("")));
  }

  @Test
  void scene() {
    assertEquals(List.of("bbox: missing"), check(ValidRecords.scene(), s -> s.setBbox(null)));
    assertEquals(List.of("bbox: empty (min must be below max on both axes)"),
        check(ValidRecords.scene(), s -> s.setBbox(new BoundingBox(2.0, 1.0, 1.0, 2.0))));
    assertEquals(List.of("bbox.maxY: not a finite number (NaN)"),
        check(ValidRecords.scene(), s -> s.setBbox(new BoundingBox(0.0, 0.0, 1.0, Double.NaN))));
    assertEquals(List.of("width: 0 is below 1", "height: -3 is below 1"),
        check(ValidRecords.scene(), s -> { s.setWidth(0); s.setHeight(-3); }));
    assertEquals(List.of("image: neither image nor imageUri given"),
        check(ValidRecords.scene(), s -> s.setImageUri(null)));
    assertEquals(List.of("bands[1]: blank"), check(ValidRecords.scene(), s -> s.setBands(List.of("B04", ""))));
    assertEquals(List.of("acquisitionTime: missing"), check(ValidRecords.scene(), s -> s.put("acquisitionTime", null)));
    assertEquals(List.of("department: 'unknown' is not a French department code (01-95, 2A, 2B, 971-976)"),
        check(ValidRecords.scene(), s -> s.setDepartment("unknown")));
  }

  @Test
  void call() {
    assertEquals(List.of("turn: -1 is below 0"), check(ValidRecords.call(), c -> c.setTurn(-1)));
    assertEquals(List.of("speaker: missing"), check(ValidRecords.call(), c -> c.setSpeaker(null)));
    assertEquals(List.of(), check(ValidRecords.call(), c -> c.setDepartment("976")));
  }

  @Test
  void letter() {
    assertEquals(List.of("sector: blank"), check(ValidRecords.letter(), l -> l.setSector("")));
    assertEquals(List.of("inspectionDate: missing"), check(ValidRecords.letter(), l -> l.setInspectionDate(null)));
    assertEquals(List.of("inspectionDate: 1998-05-01T00:00:00Z is before 2000-01-01T00:00:00Z"),
        check(ValidRecords.letter(), l -> l.setInspectionDate(LocalDate.parse("1998-05-01"))));
    assertEquals(List.of("inspectionDate: 2026-11-25T00:00:00Z is more than 24h in the future"),
        check(ValidRecords.letter(), l -> l.setInspectionDate(LocalDate.parse("2026-11-25"))));
  }

  @Test
  void medical() {
    assertEquals(List.of("patientPseudoId: missing", "service: blank"),
        check(ValidRecords.medical(), m -> { m.setPatientPseudoId(null); m.setService(" "); }));
    assertEquals(List.of("text: too long (100001 chars, max 100000)"),
        check(ValidRecords.medical(), m -> m.setText("y".repeat(100_001))));
  }

  private static <R extends SpecificRecord> List<String> check(R record, Consumer<R> change) {
    change.accept(record);
    return FeedValidator.violations(record, NOW);
  }
}
