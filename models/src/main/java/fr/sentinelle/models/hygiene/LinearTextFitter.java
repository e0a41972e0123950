package fr.sentinelle.models.hygiene;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import fr.sentinelle.models.data.DataSplits;
import fr.sentinelle.models.data.LabelledText;
import fr.sentinelle.models.eval.BinaryMetrics;
import fr.sentinelle.models.features.FeatureVocabulary;
import fr.sentinelle.models.features.TextFeatureExtractor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits L2-regularised logistic regression (liblinear through Tribuo) on text features, and picks
 * its cost C and decision threshold by stratified k-fold cross-validation. Each text's features are
 * extracted once, by the shared {@link TextFeatureExtractor}, and reused by every fold; each fit
 * also fits its {@link FeatureVocabulary} on its own training records.
 */
final class LinearTextFitter {
  static final String POSITIVE = "1";
  static final String NEGATIVE = "0";
  private static final LabelFactory LABELS = new LabelFactory();
  private static final int MAX_ITERATIONS = 1000;
  private static final double TOLERANCE = 0.01;

  /** Cost C and threshold chosen by cross-validation, with the out-of-fold AUPR at that C. */
  record Tuning(double cost, double threshold, double outOfFoldAupr) {}

  /** A fitted model with the vocabulary its examples were built with. */
  record Fitted(Model<Label> model, FeatureVocabulary vocabulary) {}

  private final TextFeatureExtractor extractor;
  private final long seed;
  private final Map<LabelledText, Map<String, Double>> extracted = new IdentityHashMap<>();

  LinearTextFitter(TextFeatureExtractor extractor, long seed) {
    this.extractor = extractor;
    this.seed = seed;
  }

  /** Tries each cost on {@code folds} folds of {@code records}; keeps the one with the best out-of-fold AUPR. */
  Tuning tune(List<LabelledText> records, double[] costs, int folds) {
    List<DataSplits.Split> splits = DataSplits.folds(records, folds, seed);
    Tuning best = null;
    for (double cost : costs) {
      double[] scores = new double[records.size()];
      boolean[] labels = new boolean[records.size()];
      int next = 0;
      for (DataSplits.Split split : splits) {
        // The vocabulary is refit inside each fold: its scales use labels, which the held-out part must not lend.
        Fitted fitted = fit(split.train(), cost, Map.of());
        for (LabelledText r : split.heldOut()) {
          scores[next] = score(fitted, r);
          labels[next++] = r.positive();
        }
      }
      double aupr = BinaryMetrics.averagePrecision(scores, labels);
      if (best == null || aupr > best.outOfFoldAupr()) {
        best = new Tuning(cost, BinaryMetrics.bestF1Threshold(scores, labels), aupr);
      }
    }
    return best;
  }

  Fitted fit(List<LabelledText> records, double cost, Map<String, Provenance> runProvenance) {
    FeatureVocabulary vocabulary = FeatureVocabulary.fit(
        records.stream().map(this::extracted).toList(), records.stream().map(LabelledText::positive).toList(),
        extractor.config().minDocumentFrequency(), extractor.config().naiveBayesScaling());
    MutableDataset<Label> dataset = new MutableDataset<>(
        new SimpleDataSourceProvenance(records.size() + " labelled reviews", OffsetDateTime.now(ZoneOffset.UTC), LABELS),
        LABELS);
    for (LabelledText r : records) {
      dataset.add(example(r, vocabulary));
    }
    LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
        new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, MAX_ITERATIONS, TOLERANCE, seed);
    return new Fitted(trainer.train(dataset, runProvenance), vocabulary);
  }

  double score(Fitted fitted, LabelledText record) {
    Prediction<Label> prediction = fitted.model().predict(example(record, fitted.vocabulary()));
    Label positive = prediction.getOutputScores().get(POSITIVE);
    return positive == null ? 0 : positive.getScore();
  }

  /** The training example of a record: the extractor's features (computed once per record), through the vocabulary. */
  Example<Label> example(LabelledText r, FeatureVocabulary vocabulary) {
    return extractor.withVocabulary(vocabulary).toExample(extracted(r), new Label(r.positive() ? POSITIVE : NEGATIVE));
  }

  private Map<String, Double> extracted(LabelledText r) {
    return extracted.computeIfAbsent(r, k -> extractor.extract(k.text(), k.language()));
  }
}
