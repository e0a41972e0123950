package fr.sentinelle.models.eval;

/**
 * Figures of a binary detector on one labelled set, at one decision threshold.
 *
 * @param n records scored
 * @param positives records labelled positive
 * @param threshold a record is predicted positive when its score is at least this
 * @param precision true positives / predicted positives (0 when nothing is predicted positive)
 * @param recall true positives / positives
 * @param f1 harmonic mean of precision and recall
 * @param aupr area under the precision-recall curve (average precision; threshold-free)
 */
public record BinaryFigures(int n, int positives, double threshold, double precision, double recall, double f1,
    double aupr) {}
