package fr.sentinelle.models.water;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the event rule on out-of-fold probabilities of the training part, for events rather than
 * for one number: minute-level F1, plus the share of events of 10 minutes or more caught within 5
 * minutes, minus a penalty for every false alarm per day above a quarter.
 *
 * <p>Many rules of the grid score within noise of the best one, so taking the single best is a
 * draw among equals (a change in the tenth decimal of a probability changes it). The choice is made
 * as in the one-standard-error rule (Hastie, Tibshirani, Friedman, ESL 7.10): among the rules whose
 * pooled objective is within one standard error of the best (its spread over the time blocks), the
 * simplest: the novelty channel off (an unsupervised statistic, the first to drift), or else its
 * least sensitive level; then the longer close (one event less often split into several alarms); then
 * no smoothing; then the highest objective.
 */
final class RuleTuning {
  static final double[] ALPHAS = {1.0, 0.6, 0.35};
  static final int[] CLOSE_AFTER = {5, 15};
  static final double[] NOVELTY_TAILS = {0, 3, 3.5, 4, 5, 6};
  static final double FALSE_ALARM_ALLOWANCE_PER_DAY = 0.25;
  private static final Comparator<Candidate> SIMPLEST_FIRST = Comparator
      .<Candidate>comparingInt(c -> c.rule().noveltyTails() > 0 ? 1 : 0)
      .thenComparingDouble(c -> -c.rule().noveltyTails())
      .thenComparingInt(c -> -c.rule().closeAfterMinutes())
      .thenComparingDouble(c -> -c.rule().smoothingAlpha())
      .thenComparingDouble(c -> -c.objective());

  private RuleTuning() {}

  record Choice(EventRule rule, double objective, WaterFigures figures) {}

  /** A rule under one calibration (tail quantile): its pooled out-of-fold objective and each time block's alone. */
  record Candidate(double quantile, EventRule rule, double objective, double[] blockObjectives) {}

  /** The chosen candidate, the best one, and how many were within one standard error of it. */
  record Selection(Candidate chosen, Candidate best, double standardError, int withinNoise) {}

  /** Every rule of the grid on one calibration's out-of-fold probabilities, in grid order. */
  static List<Candidate> candidates(double quantile, long[] times, boolean[] labels, double[] probabilities, double[] novelties,
      int blocks) {
    List<Candidate> all = new ArrayList<>();
    int n = times.length;
    for (double novelty : NOVELTY_TAILS) {
      for (double alpha : ALPHAS) {
        for (int close : CLOSE_AFTER) {
          for (int t = 2; t <= 90; t += t < 10 ? 2 : 5) {
            EventRule rule = new EventRule(t / 100.0, alpha, close, novelty);
            double objective = objective(WaterMetrics.of(Replay.segment(times, labels, probabilities, novelties, rule), rule.threshold(), false));
            double[] byBlock = new double[blocks];
            for (int k = 0; k < blocks; k++) {
              int from = (int) ((long) n * k / blocks);
              int to = (int) ((long) n * (k + 1) / blocks);
              byBlock[k] = objective(WaterMetrics.of(Replay.segment(Arrays.copyOfRange(times, from, to),
                  Arrays.copyOfRange(labels, from, to), Arrays.copyOfRange(probabilities, from, to),
                  Arrays.copyOfRange(novelties, from, to), rule), rule.threshold(), false));
            }
            all.add(new Candidate(quantile, rule, objective, byBlock));
          }
        }
      }
    }
    return all;
  }

  /** The first candidate with the highest pooled objective. */
  static Candidate best(List<Candidate> all) {
    Candidate best = null;
    for (Candidate c : all) {
      if (best == null || c.objective() > best.objective()) {
        best = c;
      }
    }
    return best;
  }

  /** The simplest candidate within one standard error of the best (see the class comment). */
  static Selection select(List<Candidate> all) {
    Candidate best = best(all);
    double se = standardError(best.blockObjectives());
    List<Candidate> withinNoise = all.stream().filter(c -> best.objective() - c.objective() <= se).toList();
    return new Selection(withinNoise.stream().min(SIMPLEST_FIRST).orElseThrow(), best, se, withinNoise.size());
  }

  /** Sample standard deviation over the blocks, divided by the square root of their number. */
  static double standardError(double[] blocks) {
    double mean = Arrays.stream(blocks).average().orElse(0);
    double squares = 0;
    for (double v : blocks) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (blocks.length - 1) / blocks.length);
  }

  static double objective(WaterFigures f) {
    double caught = f.longEvents() == 0 ? 0 : (double) f.longEventsWithin5() / f.longEvents();
    return f.f1() + caught - Math.max(0, f.falseAlarmsPerDay() - FALSE_ALARM_ALLOWANCE_PER_DAY);
  }
}
