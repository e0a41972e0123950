package fr.sentinelle.models.hygiene;

import fr.sentinelle.models.eval.BinaryFigures;
import fr.sentinelle.models.train.ModelCard;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import fr.sentinelle.models.train.ProvenanceJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Model;

/** Writes the reports of a restaurant-hygiene model directory: provenance, evaluation figures, model card. */
final class HygieneModelFiles {
  private HygieneModelFiles() {}

  static void writeReports(Path dir, Map<String, Object> facts, Model<?> model, BinaryFigures validation,
      int trainSplitSize) throws IOException {
    ProvenanceJson.write(dir.resolve(ModelFiles.PROVENANCE), facts, model);

    Map<String, Object> evaluation = new LinkedHashMap<>();
    evaluation.put("detector", facts.get("detector"));
    evaluation.put("model_version", facts.get("model_version"));
    evaluation.put("measured_on", "validation split");
    evaluation.put("train_split_size", trainSplitSize);
    evaluation.put("validation", validation);
    evaluation.put("cv_out_of_fold_aupr", facts.get("cv_out_of_fold_aupr"));
    evaluation.put("data_sha256", facts.get("dataset_sha256"));
    ModelMetadata.JSON.writeValue(dir.resolve(ModelFiles.EVALUATION).toFile(), evaluation);

    ModelCard.write(dir.resolve(ModelFiles.MODEL_CARD), (String) facts.get("detector"),
        (String) facts.get("model_version"), (String) facts.get("dataset_path"), (String) facts.get("dataset_sha256"),
        "Scores one customer review (French or English) with the probability that it describes a foodborne "
            + "illness after eating at the establishment. The Flink hygiene job aggregates risky reviews per "
            + "establishment; inspectors see the reviews as evidence. It is a triage aid, not a diagnosis.",
        "Text normalised (HTML entities decoded), language detected, analysed by Lucene (French or English "
            + "chain: standard tokenizer, elision or possessive filter, lower case, optional stop words minus "
            + "negations, light French / Porter English stemming, accent folding); features "
            + facts.get("features") + ": word n-grams with sublinear tf and unit L2 norm per n, plus (with illnessCues) "
            + "five hand-written English/French cue counts, weighted 2 * ln(1 + count): symptom terms, illness-onset "
            + "timing, several people ill, negated symptoms, and symptom with onset; all pruned to those "
            + "in at least minDocumentFrequency training texts and, with naiveBayesScaling, scaled by their "
            + "class log-count ratio (NB-SVM style; vocabulary of " + facts.get("vocabulary_size") + " features); "
            + "L2-regularised logistic regression (liblinear) with C = " + facts.get("cost") + " (" + facts.get("cost_chosen_by")
            + "). Decision threshold: " + facts.get("threshold_chosen_by") + ". Exact duplicates removed "
            + "before any split. The shipped model is refit on all de-duplicated data with that C and threshold.",
        "Measured on a stratified validation split (fraction " + facts.get("validation_fraction") + ", seed "
            + facts.get("seed") + ") never seen by the model evaluated there, which was fit on the other "
            + trainSplitSize + " texts; the threshold came from cross-validation on those, not from the split.",
        validation);
  }
}
