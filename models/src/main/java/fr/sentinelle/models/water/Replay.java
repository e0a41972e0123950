package fr.sentinelle.models.water;

import java.util.ArrayList;
import java.util.List;

/**
 * One station's stream scored minute by minute in time order: the raw probabilities, the flagged
 * minutes and the events the segmenter opened and closed. Nothing looks ahead: each minute is
 * decided from the readings up to it.
 */
public record Replay(long[] times, boolean[] labels, double[] probabilities, double[] smoothed, boolean[] flagged,
    List<Span> events) {

  /** Scores the samples through the model and the rule (the job's own scoring step). */
  public static Replay run(StationScorer scorer, List<WaterSample> samples) {
    int n = samples.size();
    double[] probabilities = new double[n];
    StationMemory memory = scorer.newMemory();
    for (int i = 0; i < n; i++) {
      WaterSample s = samples.get(i);
      probabilities[i] = scorer.score(memory, s.time(), s.values()).probability();
    }
    return segment(times(samples), labels(samples), probabilities, scorer.model().metadata().rule());
  }

  /** Applies an event rule to probabilities already computed (threshold tuning reuses them). */
  public static Replay segment(long[] times, boolean[] labels, double[] probabilities, EventRule rule) {
    int n = times.length;
    EventSegmenter segmenter = new EventSegmenter(rule);
    StationMemory memory = new StationMemory();
    double[] smoothed = new double[n];
    boolean[] flagged = new boolean[n];
    List<Span> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EventStep step = segmenter.step(memory, times[i], probabilities[i]);
      smoothed[i] = step.smoothed();
      flagged[i] = step.flagged();
      if (step.transition() == EventStep.Transition.CLOSED) {
        events.add(new Span(step.openedAt(), step.lastFlaggedAt()));
      }
    }
    if (memory.open) {
      EventStep last = segmenter.close(memory);
      events.add(new Span(last.openedAt(), last.lastFlaggedAt()));
    }
    return new Replay(times, labels, probabilities, smoothed, flagged, events);
  }

  static long[] times(List<WaterSample> samples) {
    return samples.stream().mapToLong(WaterSample::time).toArray();
  }

  static boolean[] labels(List<WaterSample> samples) {
    boolean[] labels = new boolean[samples.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = samples.get(i).event();
    }
    return labels;
  }
}
