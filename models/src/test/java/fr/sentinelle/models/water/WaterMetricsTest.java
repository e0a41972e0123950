package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaterMetricsTest {
  private static final long MINUTE = 60_000;

  @Test
  void minuteAndEventFiguresOfAHandMadeReplay() {
    int n = 1440;
    long[] times = new long[n];
    boolean[] labels = new boolean[n];
    boolean[] flagged = new boolean[n];
    for (int i = 0; i < n; i++) {
      times[i] = i * MINUTE;
      labels[i] = (i >= 100 && i < 120) || (i >= 500 && i < 510);
      flagged[i] = (i >= 103 && i < 125) || (i >= 900 && i < 905);
    }
    List<Span> events = List.of(new Span(103 * MINUTE, 124 * MINUTE), new Span(900 * MINUTE, 904 * MINUTE));
    WaterFigures f = WaterMetrics.of(new Replay(times, labels, new double[n], flagged, events), 0.5);
    assertEquals(30, f.positives());
    assertEquals(17.0 / 27, f.precision(), 1e-12);
    assertEquals(17.0 / 30, f.recall(), 1e-12);
    assertEquals(2, f.events());
    assertEquals(1, f.eventsDetected());
    assertEquals(1, f.eventsMissed());
    assertEquals(1, f.falseAlarms());
    assertEquals(1.0, f.days(), 1e-12);
    assertEquals(1.0, f.falseAlarmsPerDay(), 1e-12);
    assertEquals(3.0, f.meanDelayMinutes(), 1e-12);
    assertEquals(2, f.longEvents());
    assertEquals(1, f.longEventsWithin5());
  }
}
