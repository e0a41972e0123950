package fr.sentinelle.models.water;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import fr.sentinelle.models.eval.BinaryFigures;
import fr.sentinelle.models.train.DetectorTrainer;
import fr.sentinelle.models.train.EvaluationResult;
import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The water-quality recipe. Deviations are computed once over the whole file in time order (causal,
 * so a row's features never depend on later rows); their calibration comes from the normal minutes
 * of the part a model is fitted on, as does the cross-parameter fit ({@link CrossResiduals}). The later {@code validationFraction} of the
 * stream is held back; on the earlier part, out-of-fold probabilities from {@link #FOLDS} contiguous
 * time blocks choose the calibration's tail quantile and the event rule ({@link RuleTuning}); a model
 * fitted on the earlier part is measured on the later part through the job's scoring step; the
 * shipped model is refitted on the whole file with the chosen quantile and rule. The deviations are
 * computed as the detector would see them: its baselines held while the previous minute is in an
 * event (teacher forcing, {@link StationFeatures#HOLD_BOUND_MINUTES}).
 */
public final class WaterTrainer implements DetectorTrainer {
  public static final String DETECTOR = "water-quality";
  static final int FOLDS = 3;

  @Override
  public String detector() {
    return DETECTOR;
  }

  @Override
  public TrainingResult train(TrainRequest request) throws IOException {
    return train(request, new WaterCsvReader().read(request.data()));
  }

  /** Trains on data already read (the request's data path is then only recorded in the provenance). */
  public TrainingResult train(TrainRequest request, WaterData data) throws IOException {
    StationFeatures raw = new StationFeatures(data.parameters());
    List<WaterSample> samples = data.samples();
    int n = samples.size();
    double[][] deviations = new double[n][];
    StationState state = raw.newState();
    int columns = data.parameters().size() * StationFeatures.KINDS.size();
    long[] times = Replay.times(samples);
    boolean[] labels = Replay.labels(samples);
    for (int i = 0; i < n; i++) {
      // Teacher forcing: the baselines are held when the previous minute is labelled, as the
      // detector holds them once it has flagged an event, so the model learns the features it will see.
      boolean hold = i > 0 && labels[i - 1];
      deviations[i] = raw.update(state, samples.get(i).time(), samples.get(i).values(), new double[columns], hold);
    }
    int split = (int) Math.round(n * (1 - request.validationFraction()));
    EventClassifier trees = new EventClassifier(raw.names(), request.seed());

    Map<Double, Calibrated> calibrated = new LinkedHashMap<>();
    Map<String, Double> objectives = new LinkedHashMap<>();
    List<RuleTuning.Candidate> candidates = new ArrayList<>();
    for (double quantile : StationFeatures.TAIL_QUANTILES) {
      Calibrated candidate = crossValidate(data.parameters(), deviations, times, labels, split, columns, quantile, trees);
      calibrated.put(quantile, candidate);
      objectives.put(Double.toString(quantile), RuleTuning.best(candidate.candidates()).objective());
      candidates.addAll(candidate.candidates());
    }
    RuleTuning.Selection selection = RuleTuning.select(candidates);
    Calibrated chosen = calibrated.get(selection.chosen().quantile());
    EventRule rule = selection.chosen().rule();
    RuleTuning.Choice choice = new RuleTuning.Choice(rule, selection.chosen().objective(), WaterMetrics.of(Replay.segment(
        Arrays.copyOf(times, split), Arrays.copyOf(labels, split), chosen.outOfFold(), Arrays.copyOf(chosen.novelties(), split), rule),
        rule.threshold()));
    double[][] features = chosen.features();

    WaterFigures validation = null;
    if (split < n) {
      // The features depend on the detector (it holds the baselines during its events), so the later
      // part is measured through the job's own scoring step, with the model fitted on the earlier part.
      Model<Label> earlier = trees.fit(features, labels, 0, split, 0, 0, Map.of());
      StationScorer scorer = new StationScorer(
          new WaterModel(earlier, metadata("validation", data.parameters(), chosen.calibration(), rule)));
      validation = WaterMetrics.of(Replay.from(scorer, samples, split), rule.threshold());
    }

    StationFeatures extractor = new StationFeatures(data.parameters(), tails(deviations, labels, n, columns, chosen.quantile()),
        CrossResiduals.fit(deviations, labels, n, data.parameters().size(), chosen.quantile()));
    features = features(extractor, deviations);
    String schemaHash = WaterModel.schemaHash(extractor);
    String version = WaterModelFiles.version(data.sha256(), schemaHash, request, rule,
        WaterModelFiles.fitDigest(features, labels));
    Map<String, Object> facts = WaterModelFiles.facts(request, data, extractor, schemaHash, version, rule, choice);
    facts.put("tail_quantile", chosen.quantile());
    facts.put("tail_quantile_out_of_fold_objectives", objectives);
    facts.put("rule_selection", WaterModelFiles.selectionFacts(selection));
    Model<Label> model = trees.fit(features, labels, 0, n, 0, 0, runProvenance(facts));
    WaterModelMetadata metadata = metadata(version, data.parameters(), extractor, rule);
    WaterModelFiles.write(request.out(), model, metadata, facts, validation);
    return new TrainingResult(version, request.out(), binary(validation == null ? choice.figures() : validation));
  }

  @Override
  public EvaluationResult evaluate(Path modelDir, Path dataFile) throws IOException {
    WaterData data = new WaterCsvReader().read(dataFile);
    WaterModel model = WaterModel.load(modelDir);
    if (!model.metadata().parameters().equals(data.parameters())) {
      throw new IOException(dataFile + ": columns " + data.parameters() + " differ from the model's " + model.metadata().parameters());
    }
    Replay replay = Replay.run(new StationScorer(model), data.samples());
    WaterFigures figures = WaterMetrics.of(replay, model.metadata().rule().threshold());
    Map<String, Object> extra = new LinkedHashMap<>(figures.toJson());
    List.of("n", "positives", "threshold", "precision", "recall", "f1", "aupr").forEach(extra::remove);
    return new EvaluationResult(DETECTOR, model.version(), dataFile.toString(), data.sha256(), binary(figures), extra);
  }

  /** A calibration's features of every row, its out-of-fold probabilities and the rules they were tried with. */
  private record Calibrated(double quantile, StationFeatures calibration, double[][] features, double[] novelties,
      double[] outOfFold, List<RuleTuning.Candidate> candidates) {}

  /** What a scorer needs besides the classifier: the calibration the features were computed with, and the rule. */
  private static WaterModelMetadata metadata(String version, List<String> parameters, StationFeatures e, EventRule rule) {
    return new WaterModelMetadata(DETECTOR, version, parameters, e.tails(), e.residuals().weights(), e.residuals().tails(),
        e.residuals().noveltyTails(), rule, WaterModel.EVENT, WaterModel.schemaHash(e));
  }

  /**
   * Calibrates on the normal minutes of the earlier part with one tail quantile, fits on all but
   * one of {@link #FOLDS} contiguous time blocks of it, scores the left-out block, and tunes the
   * event rule on those out-of-fold probabilities. The later part is never touched.
   */
  private static Calibrated crossValidate(List<String> parameters, double[][] deviations, long[] times, boolean[] labels,
      int split, int columns, double quantile, EventClassifier trees) {
    StationFeatures calibration = new StationFeatures(parameters, tails(deviations, labels, split, columns, quantile),
        CrossResiduals.fit(deviations, labels, split, parameters.size(), quantile));
    double[][] features = features(calibration, deviations);
    double[] novelties = novelties(calibration, deviations);
    double[] outOfFold = new double[split];
    for (int k = 0; k < FOLDS; k++) {
      int from = (int) ((long) split * k / FOLDS);
      int to = (int) ((long) split * (k + 1) / FOLDS);
      Model<Label> fold = trees.fit(features, labels, 0, split, from, to, Map.of());
      System.arraycopy(trees.probabilities(fold, features, from, to), 0, outOfFold, from, to - from);
    }
    List<RuleTuning.Candidate> candidates = RuleTuning.candidates(quantile, Arrays.copyOf(times, split), Arrays.copyOf(labels, split),
        outOfFold, Arrays.copyOf(novelties, split), FOLDS);
    return new Calibrated(quantile, calibration, features, novelties, outOfFold, candidates);
  }

  /** Calibration from the normal minutes among the first {@code to} rows. */
  private static double[] tails(double[][] deviations, boolean[] labels, int to, int columns, double quantile) {
    List<double[]> normal = new ArrayList<>();
    for (int i = 0; i < to; i++) {
      if (!labels[i]) {
        normal.add(deviations[i]);
      }
    }
    return StationFeatures.tails(normal, columns, quantile);
  }

  private static double[][] features(StationFeatures extractor, double[][] deviations) {
    double[][] features = new double[deviations.length][];
    for (int i = 0; i < deviations.length; i++) {
      features[i] = extractor.features(deviations[i]);
    }
    return features;
  }

  private static double[] novelties(StationFeatures extractor, double[][] deviations) {
    double[] novelties = new double[deviations.length];
    for (int i = 0; i < deviations.length; i++) {
      novelties[i] = extractor.novelty(deviations[i]);
    }
    return novelties;
  }

  static BinaryFigures binary(WaterFigures f) {
    return new BinaryFigures(f.n(), f.positives(), f.threshold(), f.precision(), f.recall(), f.f1(), f.aupr());
  }

  private static Map<String, Provenance> runProvenance(Map<String, Object> facts) {
    Map<String, Provenance> run = new LinkedHashMap<>();
    for (String key : List.of("dataset_path", "dataset_sha256", "git_commit", "feature_schema_hash", "model_version")) {
      run.put(key, new StringProvenance(key, String.valueOf(facts.get(key))));
    }
    run.put("seed", new LongProvenance("seed", (Long) facts.get("seed")));
    return run;
  }
}
