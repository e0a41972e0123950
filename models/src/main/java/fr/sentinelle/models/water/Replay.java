package fr.sentinelle.models.water;

import java.util.ArrayList;
import java.util.List;

/**
 * One station's stream scored minute by minute in time order: the raw probabilities, the flagged
 * minutes and the events the segmenter opened and closed. Nothing looks ahead: each minute is
 * decided from the readings up to it.
 */
public record Replay(long[] times, boolean[] labels, double[] smoothed, boolean[] flagged, List<Span> events) {

  /** Scores the samples through the model and the rule (the job's own scoring step). */
  public static Replay run(StationScorer scorer, List<WaterSample> samples) {
    return from(scorer, samples, 0);
  }

  /**
   * Replays the samples from index {@code from} on. The earlier ones are scored first, only to bring
   * the station's features where the job would have them (its baselines, held during the events it
   * flagged); the event segmentation starts fresh at {@code from}.
   */
  public static Replay from(StationScorer scorer, List<WaterSample> samples, int from) {
    StationMemory warm = scorer.newMemory();
    for (WaterSample s : samples.subList(0, from)) {
      scorer.score(warm, s.time(), s.values());
    }
    List<WaterSample> measured = samples.subList(from, samples.size());
    int n = measured.size();
    double[] smoothed = new double[n];
    boolean[] flagged = new boolean[n];
    List<Span> events = new ArrayList<>();
    StationMemory memory = scorer.newMemory();
    memory.features = warm.features;
    for (int i = 0; i < n; i++) {
      WaterSample s = measured.get(i);
      EventStep step = scorer.score(memory, s.time(), s.values()).event();
      record(step, i, smoothed, flagged, events);
    }
    if (memory.open) {
      record(scorer.closeOpenEvent(memory), n, smoothed, flagged, events);
    }
    return new Replay(times(measured), labels(measured), smoothed, flagged, events);
  }

  private static void record(EventStep step, int i, double[] smoothed, boolean[] flagged, List<Span> events) {
    if (i < smoothed.length) {
      smoothed[i] = step.smoothed();
      flagged[i] = step.flagged();
    }
    if (step.transition() == EventStep.Transition.CLOSED) {
      events.add(new Span(step.openedAt(), step.lastFlaggedAt()));
    }
  }

  /** Applies an event rule to probabilities and novelties already computed (rule tuning reuses them). */
  public static Replay segment(long[] times, boolean[] labels, double[] probabilities, double[] novelties, EventRule rule) {
    int n = times.length;
    EventSegmenter segmenter = new EventSegmenter(rule);
    StationMemory memory = new StationMemory();
    double[] smoothed = new double[n];
    boolean[] flagged = new boolean[n];
    List<Span> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      record(segmenter.step(memory, times[i], probabilities[i], novelties[i]), i, smoothed, flagged, events);
    }
    if (memory.open) {
      record(segmenter.close(memory), n, smoothed, flagged, events);
    }
    return new Replay(times, labels, smoothed, flagged, events);
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
