package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {
  private static final BenchSettings SETTINGS = new BenchSettings(Path.of("/tmp/b"), 1000, 2000, 5000, 15, 3, 10, 1000,
      40, 10, 300, 20, 0.2, 1, "1s", 1, "1s", "1g");

  @Test
  void eachJobReadsTheBacklogOfItsOwnOption() {
    assertEquals(new BenchSettings.Backlog(1000, "--backlog"), SETTINGS.backlogFor(JobSpec.hygiene()));
    assertEquals(new BenchSettings.Backlog(2000, "--water-backlog"), SETTINGS.backlogFor(JobSpec.water(Path.of("m"))));
    assertEquals(new BenchSettings.Backlog(5000, "--baseline-backlog"), SETTINGS.backlogFor(JobSpec.passThrough(Feed.WATER)));
    assertEquals(5000, SETTINGS.backlogOf(JobSpec.passThrough(Feed.REVIEWS)));
    // One establishment per four reviews of the hygiene backlog; a water backlog's stations are fixed.
    assertEquals(250, SETTINGS.backlogSubjects(JobSpec.hygiene()));
    assertEquals(1250, SETTINGS.backlogSubjects(JobSpec.passThrough(Feed.REVIEWS)));
    assertEquals(BenchSettings.BACKLOG_STATIONS, SETTINGS.backlogSubjects(JobSpec.water(Path.of("m"))));
    assertEquals(300, SETTINGS.latencySubjects(JobSpec.hygiene()));
    assertEquals(20, SETTINGS.latencySubjects(JobSpec.passThrough(Feed.WATER)));
  }
}
