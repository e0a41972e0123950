package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTuningTest {
  private static final double[] SPREAD = {1.9, 1.8, 1.7};

  private static RuleTuning.Candidate candidate(double novelty, int close, double alpha, double objective) {
    return new RuleTuning.Candidate(0.9, new EventRule(0.2, alpha, close, novelty), objective, SPREAD);
  }

  @Test
  void theStandardErrorIsTheBlocksSampleDeviationOverTheRootOfTheirNumber() {
    assertEquals(1 / Math.sqrt(3), RuleTuning.standardError(new double[] {1, 2, 3}), 1e-12);
    assertEquals(0.1 / Math.sqrt(3), RuleTuning.standardError(SPREAD), 1e-12);
  }

  @Test
  void withinOneStandardErrorOfTheBestTheRuleWithoutNoveltyAndWithTheLongerCloseIsTaken() {
    RuleTuning.Candidate best = candidate(5, 5, 1, 1.80);
    RuleTuning.Candidate shortClose = candidate(0, 5, 1, 1.79);
    RuleTuning.Candidate simplest = candidate(0, 15, 1, 1.76);
    RuleTuning.Candidate smoothed = candidate(0, 15, 0.6, 1.78);
    RuleTuning.Candidate tooFar = candidate(0, 15, 1, 1.70);
    RuleTuning.Selection s = RuleTuning.select(List.of(best, shortClose, simplest, smoothed, tooFar));
    assertSame(best, s.best());
    assertSame(simplest, s.chosen());
    assertEquals(4, s.withinNoise());
  }

  @Test
  void amongNoveltyRulesTheLeastSensitiveLevelIsTaken() {
    RuleTuning.Candidate best = candidate(3, 15, 1, 1.80);
    RuleTuning.Candidate level6 = candidate(6, 15, 1, 1.75);
    RuleTuning.Candidate level6Higher = candidate(6, 15, 1, 1.77);
    assertSame(level6Higher, RuleTuning.select(List.of(best, level6, level6Higher)).chosen());
  }

  @Test
  void withEqualBlocksTheBandIsTheBestAloneAndTiesInIt() {
    double[] equal = {1.8, 1.8, 1.8};
    RuleTuning.Candidate best = new RuleTuning.Candidate(0.95, new EventRule(0.3, 1, 5, 4), 1.8, equal);
    RuleTuning.Candidate below = new RuleTuning.Candidate(0.95, new EventRule(0.3, 1, 15, 0), 1.7999, equal);
    RuleTuning.Selection s = RuleTuning.select(List.of(best, below));
    assertSame(best, s.chosen());
    assertEquals(1, s.withinNoise());
  }
}
