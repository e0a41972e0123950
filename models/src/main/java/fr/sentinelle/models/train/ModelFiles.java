package fr.sentinelle.models.train;

/** Names of the files in a model directory, the same for every detector. */
public final class ModelFiles {
  /** The Tribuo model, in Tribuo's protobuf format ({@code Model.deserializeFromFile}). */
  public static final String MODEL = "model.tribuo";
  /** The features the model knows and their fitted scales (gzipped "feature TAB scale" lines). */
  public static final String VOCABULARY = "feature-vocabulary.tsv.gz";
  /** What scoring needs besides the model: version, threshold, feature configuration. */
  public static final String METADATA = "model.json";
  /** Tribuo provenance as JSON, plus dataset identity, git commit, feature-schema hash, seed, versions. */
  public static final String PROVENANCE = "provenance.json";
  /** Figures measured on the validation split at training time. */
  public static final String EVALUATION = "evaluation.json";
  /** Human summary generated from the figures. */
  public static final String MODEL_CARD = "MODEL_CARD.md";

  private ModelFiles() {}
}
