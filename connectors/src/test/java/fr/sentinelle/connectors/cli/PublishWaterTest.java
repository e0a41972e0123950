package fr.sentinelle.connectors.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish --feed water} on a station's sensor CSV and on interleaved JSON Lines, in dry-run mode. */
class PublishWaterTest {
  @TempDir Path dir;

  @Test
  void sensorCsvOfOneStation() throws IOException {
    Path file = Files.writeString(dir.resolve("gecco.csv"), """
        Time,Tp,Cl,pH,Redox,Leit,Trueb,Cl_2,Fm,Fm_2,EVENT
        2016-08-03 09:49:00,6.5,0.17,8.36,749,211,0.011,0.118,1677,695,FALSE
        2016-08-03 09:50:00,,,,,,,,,,FALSE
        2016-08-03 09:51:00,6.5,0.17,Infinity,749,211,0.011,0.118,1561,696,TRUE
        2016-08-03 09:52:00,6.5,0.17,8.35,749,211,-0.2,0.118,1581,696,FALSE
        2079-08-03 09:53:00,6.5,0.17,8.35,749,211,0.011,0.118,1581,696,FALSE
        """);
    CliRun run = CliRun.of("publish", "--feed", "water", "--file", file.toString(), "--station", "GECCO-1",
        "--department", "07", "--dry-run");
    assertEquals(List.of("line 4: rejected: pH: not a finite number 'Infinity'",
        "line 5: rejected: Trueb: negative turbidity -0.2 is impossible",
        "line 6: rejected: eventTime: 2079-08-03T09:53:00Z is more than 24h in the future"), run.errLines());
    assertEquals("water: read 5, valid 2 (dry run, nothing published), rejected 3\n", run.out());
    assertEquals(1, run.exitCode());
  }

  @Test
  void sensorCsvWithoutAStationIsUnusable() throws IOException {
    Path file = Files.writeString(dir.resolve("gecco.csv"), "Time,Tp,EVENT\n2016-08-03 09:49:00,6.5,FALSE\n");
    CliRun run = CliRun.of("publish", "--feed", "water", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("error: a GECCO sensor CSV has no station column: give --station ID and --department CODE"),
        run.errLines());
    assertEquals(2, run.exitCode());
  }

  @Test
  void jsonLinesOfManyStationsInterleaved() throws IOException {
    Path file = Files.writeString(dir.resolve("readings.jsonl"), """
        {"stationId":"S1","department":"07","eventTime":"2026-11-02T10:00:00Z","measurements":[{"parameter":"ph","value":8.3,"unit":"[pH]"}]}
        {"stationId":"S2","department":"2A","eventTime":"2026-11-02T10:00:00Z","measurements":[{"parameter":"ph","value":null,"unit":"[pH]"}]}
        {"stationId":"S1","department":"07","eventTime":"2026-11-02T10:01:00Z","measurements":[{"parameter":"ph","value":8.4,"unit":"[pH]"}]}
        {"stationId":"S2","department":"2A","eventTime":"2026-11-02T10:01:00Z","measurements":[]}
        """);
    CliRun run = CliRun.of("publish", "--feed", "water", "--file", file.toString(), "--dry-run");
    assertEquals(List.of("line 4: rejected: measurements: empty"), run.errLines());
    assertEquals("water: read 4, valid 3 (dry run, nothing published), rejected 1\n", run.out());
  }
}
