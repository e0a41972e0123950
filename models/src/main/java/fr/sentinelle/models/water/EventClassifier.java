package fr.sentinelle.models.water;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.ArrayList;
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
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits and applies the event classifier: Tribuo's L2-regularised logistic regression (liblinear)
 * on rows of station features. A linear model over name-free deviation features carries over to
 * combinations of parameters that training never showed, and it scores a reading in microseconds
 * in pure Java (XGBoost through JNI took milliseconds per single reading).
 */
final class EventClassifier {
  static final double COST = 1;
  static final int MAX_ITERATIONS = 1000;
  static final double TOLERANCE = 0.01;

  private final String[] names;
  private final long seed;

  EventClassifier(List<String> names, long seed) {
    this.names = names.toArray(String[]::new);
    this.seed = seed;
  }

  LibLinearClassificationTrainer trainer() {
    return new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
        COST, MAX_ITERATIONS, TOLERANCE, seed);
  }

  /** Fits on rows {@code [from, to)} except {@code [skipFrom, skipTo)}. */
  Model<Label> fit(double[][] features, boolean[] labels, int from, int to, int skipFrom, int skipTo,
      Map<String, Provenance> runProvenance) {
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("water station features",
        new LabelFactory()), new LabelFactory());
    for (int i = from; i < to; i++) {
      if (i < skipFrom || i >= skipTo) {
        data.add(example(labels[i] ? WaterModel.EVENT : WaterModel.NORMAL, features[i]));
      }
    }
    return trainer().train(data, runProvenance);
  }

  /** Event probabilities of rows {@code [from, to)}, in one batch (same numbers as one by one). */
  double[] probabilities(Model<Label> model, double[][] features, int from, int to) {
    List<Example<Label>> batch = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      batch.add(example(null, features[i]));
    }
    List<Prediction<Label>> predictions = model.predict(batch);
    double[] p = new double[to - from];
    for (int i = 0; i < p.length; i++) {
      Label event = predictions.get(i).getOutputScores().get(WaterModel.EVENT);
      p[i] = event == null ? 0 : event.getScore();
    }
    return p;
  }

  private ArrayExample<Label> example(String label, double[] row) {
    return new ArrayExample<>(label == null ? LabelFactory.UNKNOWN_LABEL : new Label(label), names, row);
  }
}
