package fr.sentinelle.models.water;

import fr.sentinelle.models.eval.BinaryMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures of a {@link Replay} against its labels. An event counts as detected when a predicted
 * event overlaps it; its delay runs from its start to its first flagged minute (0 when an alert
 * was already open); a predicted event that overlaps no labelled event is a false alarm.
 */
public final class WaterMetrics {
  static final long MINUTE = 60_000;

  private WaterMetrics() {}

  public static WaterFigures of(Replay r, double threshold) {
    return of(r, threshold, true);
  }

  /** As {@link #of(Replay, double)}; without {@code aupr} (0), which sorts every minute, rule tuning runs many times faster. */
  static WaterFigures of(Replay r, double threshold, boolean aupr) {
    int tp = 0;
    int fp = 0;
    int positives = 0;
    for (int i = 0; i < r.times().length; i++) {
      positives += r.labels()[i] ? 1 : 0;
      tp += r.labels()[i] && r.flagged()[i] ? 1 : 0;
      fp += !r.labels()[i] && r.flagged()[i] ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = positives == 0 ? 0 : (double) tp / positives;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double averagePrecision = positives == 0 || !aupr ? 0 : BinaryMetrics.averagePrecision(r.smoothed(), r.labels());

    List<Span> truth = labelledEvents(r.times(), r.labels());
    int detected = 0;
    int longEvents = 0;
    int longWithin5 = 0;
    double delaySum = 0;
    for (Span event : truth) {
      long delay = delayMinutes(r, event);
      boolean hit = delay >= 0;
      detected += hit ? 1 : 0;
      delaySum += hit ? delay : 0;
      if (event.minutes() >= 10) {
        longEvents++;
        longWithin5 += hit && delay <= 5 ? 1 : 0;
      }
    }
    int falseAlarms = 0;
    for (Span predicted : r.events()) {
      falseAlarms += truth.stream().noneMatch(predicted::overlaps) ? 1 : 0;
    }
    long[] t = r.times();
    double days = t.length < 2 ? 0 : (t[t.length - 1] - t[0] + MINUTE) / (1440.0 * MINUTE);
    return new WaterFigures(t.length, positives, threshold, precision, recall, f1, averagePrecision, truth.size(), detected,
        truth.size() - detected, falseAlarms, days, days == 0 ? 0 : falseAlarms / days,
        detected == 0 ? 0 : delaySum / detected, longEvents, longWithin5);
  }

  /** Minutes from the event's start to the first minute a predicted event covers, or -1 if none does. */
  private static long delayMinutes(Replay r, Span event) {
    long first = Long.MAX_VALUE;
    for (Span predicted : r.events()) {
      if (predicted.overlaps(event)) {
        first = Math.min(first, Math.max(predicted.start(), event.start()));
      }
    }
    return first == Long.MAX_VALUE ? -1 : (first - event.start()) / MINUTE;
  }

  /** Runs of labelled minutes, as spans. */
  public static List<Span> labelledEvents(long[] times, boolean[] labels) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= times.length; i++) {
      boolean on = i < times.length && labels[i];
      if (on && start < 0) {
        start = i;
      } else if (!on && start >= 0) {
        spans.add(new Span(times[start], times[i - 1]));
        start = -1;
      }
    }
    return spans;
  }
}
