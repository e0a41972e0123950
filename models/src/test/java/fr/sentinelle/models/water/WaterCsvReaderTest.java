package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.data.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaterCsvReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsValuesGapsAndLabelsInTimeOrder() throws IOException {
    Path file = Files.writeString(dir.resolve("w.csv"), """
        Time,Tp,pH,EVENT
        2016-08-03 09:49:00,6.5,8.36,FALSE
        2016-08-03 09:50:00,,NaN,TRUE
        2016-08-03 09:51:00,6.6,Infinity,FALSE
        """);
    WaterData data = new WaterCsvReader().read(file);
    assertEquals(List.of("temperature", "ph"), data.parameters());
    assertEquals(3, data.samples().size());
    assertEquals(1470217740000L, data.samples().get(0).time());
    assertTrue(Double.isNaN(data.samples().get(1).values()[0]) && Double.isNaN(data.samples().get(1).values()[1]));
    assertTrue(Double.isNaN(data.samples().get(2).values()[1]), "infinity is not a reading");
    assertEquals(1, data.events());
    assertEquals(64, data.sha256().length());
  }

  @Test
  void readsGzip() throws IOException {
    WaterData data = new WaterCsvReader().read(SyntheticStream.write(dir.resolve("s.csv.gz"), 1, 100, 50, 10));
    assertEquals(List.of("ph", "redox", "turbidity"), data.parameters());
    assertEquals(100, data.samples().size());
  }

  @Test
  void clearErrorsForBadFiles() throws IOException {
    assertError("Value,EVENT\n1,FALSE\n", "no 'Time' column");
    assertError("Time,EVENT\n2016-08-03 09:49:00,FALSE\n", "no parameter column");
    assertError("Time,Tp\n03/08/2016,6.5\n", "line 1: bad time '03/08/2016'");
    assertError("Time,Tp\n2016-08-03 09:50:00,6.5\n2016-08-03 09:49:00,6.5\n", "line 2: time 2016-08-03 09:49:00 is not after");
    assertError("Time,Tp\n", "no rows");
  }

  private void assertError(String content, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), content);
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> new WaterCsvReader().read(file));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
