package fr.sentinelle.models.hygiene;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DoubleProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import fr.sentinelle.models.data.DataSplits;
import fr.sentinelle.models.data.LabelledCsvReader;
import fr.sentinelle.models.data.LabelledData;
import fr.sentinelle.models.data.LabelledText;
import fr.sentinelle.models.eval.BinaryFigures;
import fr.sentinelle.models.eval.BinaryMetrics;
import fr.sentinelle.models.features.FeatureConfig;
import fr.sentinelle.models.features.TextFeatureExtractor;
import fr.sentinelle.models.train.DetectorTrainer;
import fr.sentinelle.models.train.EvaluationResult;
import fr.sentinelle.models.train.GitCommit;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The restaurant-hygiene training recipe: de-duplicate, hold out a stratified validation split,
 * choose C and the threshold by 5-fold cross-validation on the rest, measure on the validation
 * split, then refit on all de-duplicated data with the chosen C and threshold.
 */
public final class HygieneTrainer implements DetectorTrainer {
  public static final String DETECTOR = "restaurant-hygiene";
  public static final String TEXT_COLUMN = "review_text";
  public static final String LABEL_COLUMN = "is_foodborne";
  static final double[] COSTS = {1, 2, 4, 8, 16, 32};
  static final int FOLDS = 5;

  private final FeatureConfig features;

  public HygieneTrainer() {
    this(FeatureConfig.hygieneDefault());
  }

  HygieneTrainer(FeatureConfig features) {
    this.features = features;
  }

  @Override
  public String detector() {
    return DETECTOR;
  }

  @Override
  public TrainingResult train(TrainRequest request) throws IOException {
    LabelledData data = reader().read(request.data());
    List<LabelledText> unique = DataSplits.deduplicate(data.records());
    DataSplits.Split split = DataSplits.stratified(unique, request.validationFraction(), request.seed());
    TextFeatureExtractor extractor = new TextFeatureExtractor(features);
    LinearTextFitter fitter = new LinearTextFitter(extractor, request.seed());
    LinearTextFitter.Tuning tuning = request.cost() == null
        ? fitter.tune(split.train(), COSTS, FOLDS)
        : fitter.tune(split.train(), new double[] {request.cost()}, FOLDS);

    LinearTextFitter.Fitted splitModel = fitter.fit(split.train(), tuning.cost(), Map.of());
    BinaryFigures validation = figures(fitter, splitModel, split.heldOut(), tuning.threshold());

    String version = ModelVersion.of(DETECTOR, data.sha256(), extractor.schemaHash(), request, tuning);
    Map<String, Object> facts = facts(request, data, unique.size(), extractor, tuning, version);
    LinearTextFitter.Fitted fitted = fitter.fit(unique, tuning.cost(), runProvenance(facts));
    Model<Label> model = fitted.model();
    facts.put("vocabulary_size", fitted.vocabulary().size());

    Files.createDirectories(request.out());
    model.serializeToFile(request.out().resolve(ModelFiles.MODEL));
    fitted.vocabulary().write(request.out().resolve(ModelFiles.VOCABULARY));
    new ModelMetadata(DETECTOR, version, tuning.threshold(), LinearTextFitter.POSITIVE, features, extractor.schemaHash())
        .write(request.out().resolve(ModelFiles.METADATA));
    HygieneModelFiles.writeReports(request.out(), facts, model, validation, split.train().size());
    return new TrainingResult(version, request.out(), validation);
  }

  @Override
  public EvaluationResult evaluate(Path modelDir, Path dataFile) throws IOException {
    LabelledData data = reader().read(dataFile);
    HygieneModel model = HygieneModel.load(modelDir);
    List<LabelledText> records = data.records();
    double[] scores = new double[records.size()];
    boolean[] labels = new boolean[records.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = model.score(records.get(i).text(), records.get(i).language());
      labels[i] = records.get(i).positive();
    }
    return new EvaluationResult(DETECTOR, model.version(), dataFile.toString(), data.sha256(),
        BinaryMetrics.at(scores, labels, model.threshold()));
  }

  static LabelledCsvReader reader() {
    return new LabelledCsvReader(TEXT_COLUMN, LABEL_COLUMN);
  }

  private static BinaryFigures figures(LinearTextFitter fitter, LinearTextFitter.Fitted model, List<LabelledText> records,
      double threshold) {
    double[] scores = new double[records.size()];
    boolean[] labels = new boolean[records.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = fitter.score(model, records.get(i));
      labels[i] = records.get(i).positive();
    }
    return BinaryMetrics.at(scores, labels, threshold);
  }

  private static Map<String, Object> facts(TrainRequest request, LabelledData data, int unique,
      TextFeatureExtractor extractor, LinearTextFitter.Tuning tuning, String version) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("detector", DETECTOR);
    facts.put("model_version", version);
    facts.put("dataset_path", request.data().toAbsolutePath().normalize().toString());
    facts.put("dataset_sha256", data.sha256());
    facts.put("dataset_records", data.records().size());
    facts.put("dataset_unique_texts", unique);
    facts.put("dataset_positives", data.positives());
    facts.put("git_commit", GitCommit.current());
    facts.put("feature_schema_hash", extractor.schemaHash());
    facts.put("features", extractor.config());
    facts.put("seed", request.seed());
    facts.put("validation_fraction", request.validationFraction());
    facts.put("learner", "liblinear L2R_LR");
    facts.put("cost", tuning.cost());
    facts.put("cost_chosen_by", request.cost() == null ? FOLDS + "-fold CV out-of-fold AUPR over " + List.of(1, 2, 4, 8, 16, 32) : "given");
    facts.put("cv_out_of_fold_aupr", tuning.outOfFoldAupr());
    facts.put("threshold", tuning.threshold());
    facts.put("threshold_chosen_by", "max F1 on " + FOLDS + "-fold CV out-of-fold scores of the training split");
    return facts;
  }

  private static Map<String, Provenance> runProvenance(Map<String, Object> facts) {
    Map<String, Provenance> run = new LinkedHashMap<>();
    for (String key : List.of("dataset_path", "dataset_sha256", "git_commit", "feature_schema_hash", "model_version")) {
      run.put(key, new StringProvenance(key, String.valueOf(facts.get(key))));
    }
    run.put("seed", new LongProvenance("seed", (Long) facts.get("seed")));
    run.put("threshold", new DoubleProvenance("threshold", (Double) facts.get("threshold")));
    return run;
  }
}
