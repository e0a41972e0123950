package fr.sentinelle.models.hygiene;

import de.bwaldvogel.liblinear.SolverType;
import fr.sentinelle.models.features.FeatureName;
import fr.sentinelle.models.features.FeatureNameIndex;
import fr.sentinelle.models.features.FeatureSink;
import fr.sentinelle.models.features.FeatureVocabulary;
import fr.sentinelle.models.features.TextFeatureExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;

/**
 * Tribuo's liblinear logistic-regression prediction, computed straight from the model's weights:
 * the weights and the vocabulary's scales are read once, at load, into arrays indexed by feature
 * name, so scoring a text is one pass of the shared extractor adding {@code weight * (value * scale)}
 * per known feature. It does what {@code model.predict(example)} does (liblinear's
 * {@code predictProbability}: 1 / (1 + e^-w·x), bias feature 1.0 last) without building an Example,
 * a name-sorted feature array and liblinear nodes per text. {@code LinearScorerTest} checks it
 * against Tribuo on every text of the seed corpus.
 */
final class LinearScorer {
  private final TextFeatureExtractor extractor;
  private final FeatureNameIndex index;
  /** Per known feature, its model weight then its vocabulary scale, side by side (one cache line per feature). */
  private final double[] weightsAndScales;
  private final double bias;
  private final boolean positiveIsFirstLabel;

  private LinearScorer(TextFeatureExtractor extractor, FeatureNameIndex index, double[] weightsAndScales, double bias,
      boolean positiveIsFirstLabel) {
    this.extractor = extractor;
    this.index = index;
    this.weightsAndScales = weightsAndScales;
    this.bias = bias;
    this.positiveIsFirstLabel = positiveIsFirstLabel;
  }

  /**
   * A direct scorer for {@code model}, or empty when it is not a binary liblinear logistic
   * regression (then the caller keeps Tribuo's own predict).
   */
  static Optional<LinearScorer> of(Model<Label> model, TextFeatureExtractor plainExtractor, FeatureVocabulary vocabulary,
      String positiveLabel) {
    if (!(model instanceof LibLinearClassificationModel libLinear)) {
      return Optional.empty();
    }
    de.bwaldvogel.liblinear.Model inner = libLinear.getInnerModels().get(0);
    int[] labels = inner.getLabels();
    if (!inner.isProbabilityModel() || inner.getNrClass() != 2 || inner.getSolverType() == SolverType.MCSVM_CS) {
      return Optional.empty();
    }
    boolean positiveIsFirst = positiveLabel.equals(model.getOutputIDInfo().getOutput(labels[0]).getLabel());
    if (!positiveIsFirst && !positiveLabel.equals(model.getOutputIDInfo().getOutput(labels[1]).getLabel())) {
      return Optional.empty();
    }
    double[] w = inner.getFeatureWeights();
    ImmutableFeatureMap featureIds = model.getFeatureIDMap();
    // liblinear reads a feature only when its 1-based index is at most n; the bias node comes last.
    int n = inner.getNrFeature() + (inner.getBias() >= 0 ? 1 : 0);
    List<String> names = new ArrayList<>();
    List<Double> weightsAndScales = new ArrayList<>();
    for (Map.Entry<String, Float> e : vocabulary.scales().entrySet()) {
      int id = featureIds.getID(e.getKey());
      // FeatureVocabulary.apply drops zero-scale features; Tribuo ignores names it does not know.
      if (e.getValue() != 0f && id >= 0 && id + 1 <= n) {
        names.add(e.getKey());
        weightsAndScales.add(w[id]);
        weightsAndScales.add((double) e.getValue());
      }
    }
    int biasIndex = featureIds.size() + 1;
    double bias = biasIndex <= n ? w[biasIndex - 1] : 0;
    return Optional.of(new LinearScorer(plainExtractor, new FeatureNameIndex(names),
        weightsAndScales.stream().mapToDouble(Double::doubleValue).toArray(), bias, positiveIsFirst));
  }

  /** The positive label's probability for {@code text}, as Tribuo's predict gives it. */
  double score(String text, String languageOrNull) {
    DotProduct dot = new DotProduct(index, weightsAndScales);
    extractor.extract(text, languageOrNull, dot);
    double first = 1 / (1 + Math.exp(-(dot.sum + bias)));
    return positiveIsFirstLabel ? first : 1 - first;
  }

  /** Adds each known feature's weight * scaled value. */
  private static final class DotProduct implements FeatureSink {
    private final FeatureNameIndex index;
    private final double[] weightsAndScales;
    double sum;

    DotProduct(FeatureNameIndex index, double[] weightsAndScales) {
      this.index = index;
      this.weightsAndScales = weightsAndScales;
    }

    @Override
    public void add(FeatureName name, double value) {
      int i = index.positionOf(name);
      if (i >= 0) {
        // The same products as Tribuo's: weight * (value * scale), the scaled value being the example's.
        sum += weightsAndScales[2 * i] * (value * weightsAndScales[2 * i + 1]);
      }
    }
  }
}
