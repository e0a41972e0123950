package fr.sentinelle.models.water;

/**
 * Chooses the event rule on out-of-fold probabilities of the training part, for events rather than
 * for one number: minute-level F1, plus the share of events of 10 minutes or more caught within 5
 * minutes, minus a penalty for every false alarm per day above a quarter.
 */
final class RuleTuning {
  static final double[] ALPHAS = {1.0, 0.6, 0.35};
  static final int[] CLOSE_AFTER = {5, 15};
  static final double[] NOVELTY_TAILS = {0, 3, 3.5, 4, 5, 6};
  static final double FALSE_ALARM_ALLOWANCE_PER_DAY = 0.25;

  private RuleTuning() {}

  record Choice(EventRule rule, double objective, WaterFigures figures) {}

  static Choice best(long[] times, boolean[] labels, double[] probabilities, double[] novelties) {
    Choice best = null;
    for (double novelty : NOVELTY_TAILS) {
      for (double alpha : ALPHAS) {
        for (int close : CLOSE_AFTER) {
          for (int t = 2; t <= 90; t += t < 10 ? 2 : 5) {
            EventRule rule = new EventRule(t / 100.0, alpha, close, novelty);
            WaterFigures f = WaterMetrics.of(Replay.segment(times, labels, probabilities, novelties, rule), rule.threshold(), false);
            double objective = objective(f);
            if (best == null || objective > best.objective()) {
              best = new Choice(rule, objective, f);
            }
          }
        }
      }
    }
    Replay chosen = Replay.segment(times, labels, probabilities, novelties, best.rule());
    return new Choice(best.rule(), best.objective(), WaterMetrics.of(chosen, best.rule().threshold()));
  }

  static double objective(WaterFigures f) {
    double caught = f.longEvents() == 0 ? 0 : (double) f.longEventsWithin5() / f.longEvents();
    return f.f1() + caught - Math.max(0, f.falseAlarmsPerDay() - FALSE_ALARM_ALLOWANCE_PER_DAY);
  }
}
