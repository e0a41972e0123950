package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScorerTest {
  @Test
  void givesTribuosOwnProbabilitiesOnEveryMinuteOfASimulatedDay() {
    WaterModel model = WaterModel.loadDefault();
    StationScorer scorer = new StationScorer(model);
    StationMemory memory = scorer.newMemory();
    List<SimulatedStation.Minute> minutes = SimulatedStation.generate(5, SimulatedWaterCommand.SIMULATION_START.toEpochMilli(),
        1440, 300);
    double highest = 0;
    for (SimulatedStation.Minute m : minutes) {
      StationScorer.Scored s = scorer.score(memory, m.time(), m.values());
      assertEquals(model.tribuoProbability(s.features()), s.probability(), 1e-15, "minute " + m.time());
      highest = Math.max(highest, s.probability());
    }
    assertTrue(highest > 0.9, "the day's events are among the minutes compared: highest probability " + highest);
  }
}
