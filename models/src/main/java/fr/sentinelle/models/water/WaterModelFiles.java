package fr.sentinelle.models.water;

import fr.sentinelle.models.train.GitCommit;
import fr.sentinelle.models.train.ModelCard;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import fr.sentinelle.models.train.ModelVersions;
import fr.sentinelle.models.train.ProvenanceJson;
import fr.sentinelle.models.train.TrainRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** Writes a water-quality model directory: model, metadata, provenance, figures and card. */
final class WaterModelFiles {
  private WaterModelFiles() {}

  /**
   * "water-quality-YYYYMMDD-hash", the hash over everything that determines the model: the data,
   * the feature schema, the seed, the split, the event rule, and the digest of the rows the shipped
   * model is fitted on ({@link #fitDigest}), which changes with the learnt calibration and with any
   * code change that moves a feature without renaming it.
   */
  static String version(String dataSha256, String schemaHash, TrainRequest request, EventRule rule, String fitDigest) {
    return ModelVersions.of(WaterTrainer.DETECTOR, dataSha256 + '|' + schemaHash + '|' + request.seed() + '|'
        + request.validationFraction() + '|' + rule + '|' + EventClassifier.COST + '|' + fitDigest);
  }

  /** SHA-256 of the feature rows and labels a model is fitted on, every double bit for bit. */
  static String fitDigest(double[][] features, boolean[] labels) {
    MessageDigest digest = sha256();
    ByteBuffer row = ByteBuffer.allocate(0);
    for (int i = 0; i < features.length; i++) {
      int bytes = features[i].length * Double.BYTES + 1;
      if (row.capacity() < bytes) {
        row = ByteBuffer.allocate(bytes);
      }
      row.clear();
      for (double value : features[i]) {
        row.putDouble(value);
      }
      row.put((byte) (labels[i] ? 1 : 0)).flip();
      digest.update(row);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  static Map<String, Object> facts(TrainRequest request, WaterData data, StationFeatures extractor, String schemaHash,
      String version, EventRule rule, RuleTuning.Choice choice) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("detector", WaterTrainer.DETECTOR);
    facts.put("model_version", version);
    facts.put("dataset_path", request.data().toAbsolutePath().normalize().toString());
    facts.put("dataset_sha256", data.sha256());
    facts.put("dataset_rows", data.samples().size());
    facts.put("dataset_event_rows", data.samples().stream().filter(WaterSample::event).count());
    facts.put("dataset_events", data.events());
    facts.put("git_commit", GitCommit.current());
    facts.put("feature_schema_hash", schemaHash);
    facts.put("features", extractor.names());
    facts.put("seed", request.seed());
    facts.put("validation_fraction", request.validationFraction());
    facts.put("validation_split", "time order: the later fraction of the stream is held back");
    facts.put("learner", "Tribuo liblinear L2R_LR, C=" + EventClassifier.COST);
    facts.put("rule", rule);
    facts.put("rule_chosen_by", WaterTrainer.FOLDS + " contiguous time blocks, out-of-fold (with the tail quantile of the calibration), objective = minute F1 + share of"
        + " events >= 10 min caught within 5 min - false alarms/day above " + RuleTuning.FALSE_ALARM_ALLOWANCE_PER_DAY
        + "; the simplest rule within one standard error of the best (novelty off, longer close, no smoothing, then the objective)");
    facts.put("rule_out_of_fold_figures", choice.figures().toJson());
    return facts;
  }

  /** The best candidate of the cross-validation, the noise band around it, and what was taken from it. */
  static Map<String, Object> selectionFacts(RuleTuning.Selection selection) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("best_rule", selection.best().rule());
    facts.put("best_tail_quantile", selection.best().quantile());
    facts.put("best_objective", selection.best().objective());
    facts.put("best_block_objectives", selection.best().blockObjectives());
    facts.put("standard_error", selection.standardError());
    facts.put("rules_within_one_standard_error", selection.withinNoise());
    facts.put("chosen_objective", selection.chosen().objective());
    return facts;
  }

  static void write(Path dir, Model<Label> model, WaterModelMetadata metadata, Map<String, Object> facts,
      WaterFigures validation) throws IOException {
    Files.createDirectories(dir);
    model.serializeToFile(dir.resolve(ModelFiles.MODEL));
    metadata.write(dir.resolve(ModelFiles.METADATA));
    ProvenanceJson.write(dir.resolve(ModelFiles.PROVENANCE), facts, model);
    Map<String, Object> evaluation = validation == null ? Map.of("note", "no validation split") : validation.toJson();
    ModelMetadata.JSON.writeValue(dir.resolve(ModelFiles.EVALUATION).toFile(), evaluation);
    if (validation != null) {
      ModelCard.write(dir.resolve(ModelFiles.MODEL_CARD), WaterTrainer.DETECTOR, metadata.version(),
          String.valueOf(facts.get("dataset_path")), String.valueOf(facts.get("dataset_sha256")),
          "The smoothed probability that a station's water is in an anomalous event at this minute; an alert opens"
              + " when it crosses the threshold and closes after " + metadata.rule().closeAfterMinutes() + " quiet minutes.",
          "Causal per-station features (differences to moving means over 5/15/60/240 min and minute changes, in the"
              + " parameter's own scale, the slow means held for at most an hour during an event, and cross-parameter"
              + " residuals), Tribuo logistic regression; event rule chosen on out-of-fold scores of the earlier part.",
          "Later " + facts.get("validation_fraction") + " of the stream in time order, replayed through the job's scoring"
              + " step with the model fitted on the earlier part.",
          WaterTrainer.binary(validation));
      Files.writeString(dir.resolve(ModelFiles.MODEL_CARD), "\n## Event-level validation figures\n\n```\n"
          + ModelMetadata.JSON.writeValueAsString(validation.toJson()) + "\n```\n", StandardOpenOption.APPEND);
    }
  }
}
