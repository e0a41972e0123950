package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedStationTest {
  private static final long START = SimulatedWaterCommand.SIMULATION_START.toEpochMilli();

  @TempDir
  Path dir;

  @Test
  void theSameSeedGivesTheSameStream() {
    List<SimulatedStation.Minute> a = SimulatedStation.generate(5, START, 2000, 300);
    List<SimulatedStation.Minute> b = SimulatedStation.generate(5, START, 2000, 300);
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).values(), b.get(i).values());
      assertEquals(a.get(i).event(), b.get(i).event());
    }
  }

  @Test
  void eventsComeAfterAQuietStartAndOutagesAreNeverEvents() {
    List<SimulatedStation.Minute> minutes = SimulatedStation.generate(3, START, 14 * 1440, 480);
    assertFalse(minutes.subList(0, SimulatedStation.QUIET_START_MINUTES).stream().anyMatch(SimulatedStation.Minute::event));
    long events = WaterMetrics.labelledEvents(minutes.stream().mapToLong(SimulatedStation.Minute::time).toArray(),
        labels(minutes)).size();
    assertEquals(29, events);
    long outageMinutes = minutes.stream().filter(m -> Double.isNaN(m.values()[0])).count();
    assertTrue(outageMinutes > 0, "the stream has sensor outages");
    assertTrue(minutes.stream().noneMatch(m -> m.event() && Double.isNaN(m.values()[0])));
    assertTrue(minutes.stream().allMatch(m -> Double.isNaN(m.values()[5]) || m.values()[5] >= 0), "turbidity is never negative");
  }

  @Test
  void theCsvIsWhatTheWaterReaderReadsAndTheDemoFeedInterleavesStations() throws Exception {
    List<SimulatedStation.Minute> minutes = SimulatedStation.generate(3, START, 600, 120);
    WaterData data = new WaterCsvReader().read(SimulatedFeed.writeCsv(dir.resolve("s.csv.gz"), minutes));
    assertEquals(List.copyOf(WaterParameters.GECCO_COLUMNS.values()), data.parameters());
    assertEquals(600, data.samples().size());
    assertEquals(minutes.get(400).values()[2], data.samples().get(400).values()[2], 1e-12);

    Path feed = SimulatedFeed.writeJsonLines(dir.resolve("demo.jsonl"), SimulatedWaterCommand.demoStations(35029, 3, START));
    List<String> lines = Files.readAllLines(feed);
    assertEquals(12, lines.size());
    assertTrue(lines.get(0).startsWith("{\"stationId\":\"demo-35-01\",\"department\":\"35\",\"eventTime\":\"2026-01-05T00:00:00Z\","
        + "\"measurements\":[{\"parameter\":\"temperature\",\"value\":"), lines.get(0));
    assertTrue(lines.get(3).startsWith("{\"stationId\":\"demo-29-02\",\"department\":\"29\""), lines.get(3));
    assertTrue(lines.get(4).contains("\"eventTime\":\"2026-01-05T00:01:00Z\""), lines.get(4));
  }

  static boolean[] labels(List<SimulatedStation.Minute> minutes) {
    boolean[] labels = new boolean[minutes.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = minutes.get(i).event();
    }
    return labels;
  }
}
