package fr.sentinelle.connectors.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.connectors.map.MappedRecord;
import fr.sentinelle.connectors.map.RecordMapper;
import fr.sentinelle.connectors.read.CsvReader;
import fr.sentinelle.connectors.read.InputFormatException;
import fr.sentinelle.connectors.read.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeccoCsvReaderTest {
  private final StringWriter warnings = new StringWriter();

  private GeccoCsvReader reader(String csv, String station, String department) throws IOException {
    return new GeccoCsvReader(new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), station,
        department, new PrintWriter(warnings, true));
  }

  @Test
  void aRowBecomesOneReadingOfTheGivenStationWithFeedNamesAndUnits() throws IOException {
    GeccoCsvReader rows = reader("Time,Tp,Cl,pH,Trueb,EVENT\n2016-08-03 09:49:00,6.5,,8.36,0.011,FALSE\n", "GECCO-1", "07");
    Row row = rows.next();
    MappedRecord mapped = new RecordMapper(WaterReading.getClassSchema(), rows.textual()).map(row.value());
    assertTrue(mapped.ok(), mapped.errors().toString());
    WaterReading r = (WaterReading) mapped.record();
    assertEquals("GECCO-1", r.getStationId());
    assertEquals("07", r.getDepartment());
    assertEquals(Instant.parse("2016-08-03T09:49:00Z"), r.getEventTime());
    List<Measurement> m = r.getMeasurements();
    assertEquals(List.of("temperature", "chlorine_dioxide_1", "ph", "turbidity"), m.stream().map(Measurement::getParameter).toList());
    assertEquals(List.of("Cel", "mg/L", "[pH]", "NTU"), m.stream().map(Measurement::getUnit).toList());
    assertEquals(6.5, m.get(0).getValue());
    assertNull(m.get(1).getValue(), "an empty cell is a sensor gap, published as null");
    assertEquals(0.011, m.get(3).getValue());
    assertNull(rows.next());
    assertEquals("", warnings.toString());
  }

  @Test
  void badCellsRejectTheRowWithTheirReasons() throws IOException {
    GeccoCsvReader rows = reader("Time,Tp,Trueb\n2016-08-03 09:49:00,NaN,-0.5\n03/08/2016,x,0.1\n", "S", "07");
    assertEquals(List.of("Tp: not a finite number 'NaN'", "Trueb: negative turbidity -0.5 is impossible"), rows.next().errors());
    assertEquals(List.of("Time: expected yyyy-MM-dd HH:mm:ss (UTC), got '03/08/2016'", "Tp: not a number 'x'"),
        rows.next().errors());
  }

  @Test
  void unknownColumnsAreAWarningAndTheStationIsRequired() throws IOException {
    reader("Time,Tp,Foo\n", "S", "07");
    assertEquals("warning: ignoring unknown columns: Foo\n", warnings.toString());
    InputFormatException e = assertThrows(InputFormatException.class, () -> reader("Time,Tp\n", null, "07"));
    assertTrue(e.getMessage().contains("--station ID and --department CODE"), e.getMessage());
  }

  @Test
  void recognisesTheGeccoHeaderOnly() {
    assertTrue(GeccoColumns.recognises(List.of("Time", "Tp", "Cl", "EVENT")));
    assertTrue(!GeccoColumns.recognises(List.of("stationId", "department", "eventTime", "measurements")));
  }
}
