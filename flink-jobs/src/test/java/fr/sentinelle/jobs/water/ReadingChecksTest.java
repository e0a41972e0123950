package fr.sentinelle.jobs.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingChecksTest {
  private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

  private static WaterReading reading(String parameter, Double value, String unit) {
    return new WaterReading("S1", "35", NOW, List.of(new Measurement(parameter, value, unit)));
  }

  @Test
  void stationCodes() {
    assertNull(ReadingChecks.unknownStation("demo-35-01"));
    assertNull(ReadingChecks.unknownStation("FR:BSS001.A_2"));
    assertEquals("unknown station: 'S 1' is not a station code ([A-Za-z0-9][A-Za-z0-9._:-]{0,63})",
        ReadingChecks.unknownStation("S 1"));
    assertEquals("unknown station: '-S1' is not a station code ([A-Za-z0-9][A-Za-z0-9._:-]{0,63})",
        ReadingChecks.unknownStation("-S1"));
    assertEquals("unknown station: '" + "s".repeat(65) + "' is not a station code ([A-Za-z0-9][A-Za-z0-9._:-]{0,63})",
        ReadingChecks.unknownStation("s".repeat(65)));
  }

  @Test
  void aStationKeepsItsDepartment() {
    assertNull(ReadingChecks.otherDepartment("S1", null, "35"));
    assertNull(ReadingChecks.otherDepartment("S1", "35", "35"));
    assertEquals("unknown station: S1 is in department 35, this reading says 29", ReadingChecks.otherDepartment("S1", "35", "29"));
  }

  @Test
  void impossibleValuesAreSensorFaults() {
    assertNull(ReadingChecks.impossibleValue(reading("turbidity", 0.0, "NTU")));
    assertNull(ReadingChecks.impossibleValue(reading("turbidity", null, "NTU")), "a missing value is a gap");
    assertNull(ReadingChecks.impossibleValue(reading("redox", -120.0, "mV")), "redox may be negative");
    assertNull(ReadingChecks.impossibleValue(reading("temperature", -0.5, "Cel")));
    assertEquals("impossible value: turbidity = -0.01 NTU is outside [0.0, ∞] (a sensor fault, not water)",
        ReadingChecks.impossibleValue(reading("turbidity", -0.01, "NTU")));
    assertEquals("impossible value: conductivity = -3.0 uS/cm is outside [0.0, ∞] (a sensor fault, not water)",
        ReadingChecks.impossibleValue(reading("conductivity", -3.0, "uS/cm")));
    assertEquals("impossible value: ph = 14.2 [pH] is outside [0.0, 14.0] (a sensor fault, not water)",
        ReadingChecks.impossibleValue(reading("ph", 14.2, "[pH]")));
  }

  @Test
  void futureBeyondTheClockSkew() {
    assertNull(ReadingChecks.future(NOW.plusSeconds(600), NOW));
    assertEquals("event time 2026-11-29T00:10:01Z is more than 10 min ahead of the job's clock (2026-11-29T00:00:00Z)",
        ReadingChecks.future(NOW.plusSeconds(601), NOW));
    assertNull(ReadingChecks.future(Instant.parse("2005-01-01T00:00:00Z"), NOW), "old readings are the lateness policy's");
  }
}
