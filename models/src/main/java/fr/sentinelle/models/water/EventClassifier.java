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
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Fits and applies Tribuo's XGBoost classifier on rows of station features. */
final class BoostedTrees {
  static final int TREES = 120;
  static final double ETA = 0.15;
  static final int MAX_DEPTH = 4;
  static final double MIN_CHILD_WEIGHT = 2;
  static final double SUBSAMPLE = 0.8;
  static final double FEATURE_SUBSAMPLE = 0.8;

  private final String[] names;
  private final long seed;

  BoostedTrees(List<String> names, long seed) {
    this.names = names.toArray(String[]::new);
    this.seed = seed;
  }

  XGBoostClassificationTrainer trainer() {
    return new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST, TREES,
        ETA, 0, MAX_DEPTH, MIN_CHILD_WEIGHT, SUBSAMPLE, FEATURE_SUBSAMPLE, 1, 0, 2,
        XGBoostTrainer.LoggingVerbosity.SILENT, seed);
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
