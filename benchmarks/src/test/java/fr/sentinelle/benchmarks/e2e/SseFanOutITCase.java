package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.broker.ModuleJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fan-out benchmark at a tiny scale on the real service: every subscriber gets every alert once. */
class SseFanOutITCase {
  @TempDir
  Path dataDir;

  @Test
  void everySubscriberReceivesEveryAlertExactlyOnce() throws Exception {
    List<String> progress = new ArrayList<>();
    SseReport report = new SseFanOut(ModuleJvm.fromEnvironment(), progress::add).run(dataDir, 20, 10, 20, null);
    assertEquals(1, report.notes().size(), "notes: " + report.notes());
    assertEquals(0, report.failedSubscribers());
    assertEquals(200, report.expectedDeliveries());
    assertEquals(200, report.delivered());
    assertEquals(0, report.missed());
    assertEquals(0, report.duplicated());
    assertEquals(200, report.latency().count());
  }
}
