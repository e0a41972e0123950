package fr.sentinelle.models.water;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import java.util.Arrays;
import java.util.Comparator;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;

/**
 * Scores one feature vector with the liblinear model inside a Tribuo {@link LibLinearClassificationModel},
 * feeding liblinear exactly the nodes Tribuo would (features in Tribuo's id order, then its bias
 * node) but without building a Tribuo example and prediction per reading: the scoring step is on
 * the job's hot path, one call per reading.
 */
final class LinearScorer {
  private final de.bwaldvogel.liblinear.Model inner;
  /** Liblinear node index (Tribuo id + 1) of each feature, in liblinear's order, and its position in our vector. */
  private final int[] nodeIndex;
  private final int[] position;
  private final int biasIndex;
  private final boolean eventFirst;

  private LinearScorer(de.bwaldvogel.liblinear.Model inner, int[] nodeIndex, int[] position, int biasIndex, boolean eventFirst) {
    this.inner = inner;
    this.nodeIndex = nodeIndex;
    this.position = position;
    this.biasIndex = biasIndex;
    this.eventFirst = eventFirst;
  }

  /** A scorer for a binary liblinear logistic model over {@code names}, or null if the model is anything else. */
  static LinearScorer of(Model<Label> model, String[] names, String event) {
    if (!(model instanceof LibLinearClassificationModel liblinear) || liblinear.getInnerModels().size() != 1) {
      return null;
    }
    de.bwaldvogel.liblinear.Model inner = liblinear.getInnerModels().get(0);
    int eventId = model.getOutputIDInfo().getID(new Label(event));
    if (inner.getNrClass() != 2 || !inner.isProbabilityModel() || eventId < 0) {
      return null;
    }
    ImmutableFeatureMap features = model.getFeatureIDMap();
    Integer[] order = new Integer[names.length];
    int known = 0;
    for (int j = 0; j < names.length; j++) {
      if (features.getID(names[j]) >= 0) {
        order[known++] = j;
      }
    }
    Integer[] kept = Arrays.copyOf(order, known);
    Arrays.sort(kept, Comparator.comparingInt(j -> features.getID(names[j])));
    int[] nodeIndex = new int[known];
    int[] position = new int[known];
    for (int k = 0; k < known; k++) {
      position[k] = kept[k];
      nodeIndex[k] = features.getID(names[kept[k]]) + 1;
    }
    return new LinearScorer(inner, nodeIndex, position, features.size() + 1, inner.getLabels()[0] == eventId);
  }

  double probability(double[] features) {
    Feature[] nodes = new Feature[nodeIndex.length + 1];
    for (int k = 0; k < nodeIndex.length; k++) {
      nodes[k] = new FeatureNode(nodeIndex[k], features[position[k]]);
    }
    nodes[nodeIndex.length] = new FeatureNode(biasIndex, 1.0);
    double[] probabilities = new double[2];
    Linear.predictProbability(inner, nodes, probabilities);
    return eventFirst ? probabilities[0] : probabilities[1];
  }
}
