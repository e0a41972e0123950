package fr.sentinelle.models.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Precision, recall, F1, average precision and the F1-maximising threshold from scores and labels. */
public final class BinaryMetrics {
  private BinaryMetrics() {}

  /** Figures at a given threshold. */
  public static BinaryFigures at(double[] scores, boolean[] labels, double threshold) {
    check(scores, labels);
    int tp = 0;
    int fp = 0;
    int positives = 0;
    for (int i = 0; i < scores.length; i++) {
      positives += labels[i] ? 1 : 0;
      if (scores[i] >= threshold) {
        if (labels[i]) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = positives == 0 ? 0 : (double) tp / positives;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BinaryFigures(scores.length, positives, threshold, precision, recall, f1, averagePrecision(scores, labels));
  }

  /**
   * Average precision: the mean of the precision at the rank of each positive, with tied scores
   * taken as one step (as scikit-learn's average_precision_score does).
   */
  public static double averagePrecision(double[] scores, boolean[] labels) {
    check(scores, labels);
    Integer[] order = byScoreDescending(scores);
    int positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    if (positives == 0) {
      return 0;
    }
    double ap = 0;
    int tp = 0;
    int seen = 0;
    int i = 0;
    while (i < order.length) {
      int tiedTp = 0;
      int j = i;
      while (j < order.length && scores[order[j]] == scores[order[i]]) {
        tiedTp += labels[order[j]] ? 1 : 0;
        j++;
      }
      tp += tiedTp;
      seen += j - i;
      ap += (double) tiedTp / positives * ((double) tp / seen);
      i = j;
    }
    return ap;
  }

  /** The threshold (one of the scores) that maximises F1; ties go to the higher threshold. */
  public static double bestF1Threshold(double[] scores, boolean[] labels) {
    check(scores, labels);
    Integer[] order = byScoreDescending(scores);
    int positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    double best = -1;
    double bestThreshold = 0.5;
    int tp = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j < order.length && scores[order[j]] == scores[order[i]]) {
        tp += labels[order[j]] ? 1 : 0;
        j++;
      }
      double f1 = positives == 0 ? 0 : 2.0 * tp / (j + positives);
      if (f1 > best) {
        best = f1;
        bestThreshold = scores[order[i]];
      }
      i = j;
    }
    return bestThreshold;
  }

  private static Integer[] byScoreDescending(double[] scores) {
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer k) -> scores[k]).reversed());
    return order;
  }

  private static void check(double[] scores, boolean[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(scores.length + " scores for " + labels.length + " labels");
    }
  }
}
