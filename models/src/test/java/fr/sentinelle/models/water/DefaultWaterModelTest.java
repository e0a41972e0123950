package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model the build trains from simulated stations and ships in the jar. */
class DefaultWaterModelTest {
  @Test
  void loadsFromTheClasspathAndCatchesTheEventsOfAStationItNeverSaw() {
    WaterModel model = WaterModel.loadDefault();
    assertTrue(model.version().startsWith("water-quality-"), model.version());
    assertEquals(List.copyOf(WaterParameters.GECCO_COLUMNS.values()), model.metadata().parameters());

    List<SimulatedStation.Minute> minutes = SimulatedStation.generate(77, SimulatedWaterCommand.SIMULATION_START.toEpochMilli(),
        7 * 1440, 480);
    List<WaterSample> samples = minutes.stream().map(m -> new WaterSample(m.time(), m.values(), m.event())).toList();
    WaterFigures f = WaterMetrics.of(Replay.run(new StationScorer(model), samples), model.metadata().rule().threshold());
    assertEquals(EVENTS, f.events(), f.toJson().toString());
    assertEquals(DETECTED, f.eventsDetected(), f.toJson().toString());
    assertEquals(WITHIN_5_MINUTES, f.longEventsWithin5(), f.toJson().toString());
    assertEquals(FALSE_ALARMS, f.falseAlarms(), f.toJson().toString());
    assertEquals(MINUTE_F1, f.f1(), 0.0005, f.toJson().toString());
  }

  /** A week of a station of another seed: 12 events, all caught within 5 min, no false alarm, minute F1 0.947. */
  static final int EVENTS = 12;
  static final int DETECTED = 12;
  static final int WITHIN_5_MINUTES = 12;
  static final int FALSE_ALARMS = 0;
  static final double MINUTE_F1 = 0.947;
}
