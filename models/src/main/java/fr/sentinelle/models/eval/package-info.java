/** Evaluation figures for binary detectors: precision, recall, F1, AUPR and threshold choice. */
package fr.sentinelle.models.eval;
