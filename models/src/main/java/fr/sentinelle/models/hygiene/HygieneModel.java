package fr.sentinelle.models.hygiene;

import fr.sentinelle.models.features.FeatureVocabulary;
import fr.sentinelle.models.features.TextFeatureExtractor;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * The restaurant-hygiene classifier as the scoring side uses it: the probability that a review
 * describes a foodborne illness. Thread-safe. Not serializable on purpose: a Flink function
 * loads it in {@code open()} ({@link #loadDefault()} or {@link #load(Path)}).
 */
public final class HygieneModel {
  /** Classpath folder of the default model, trained from the seed corpus by the build. */
  public static final String DEFAULT_RESOURCE = "models/" + HygieneTrainer.DETECTOR + "/";

  private final Model<Label> model;
  private final ModelMetadata metadata;
  private final TextFeatureExtractor extractor;
  private final FeatureVocabulary vocabulary;
  /** Tribuo's prediction read from the model's weights; null for a model it cannot read (then Tribuo predicts). */
  private final LinearScorer direct;

  HygieneModel(Model<Label> model, ModelMetadata metadata, FeatureVocabulary vocabulary) {
    this.model = model;
    this.metadata = metadata;
    TextFeatureExtractor plain = new TextFeatureExtractor(metadata.features());
    this.extractor = plain.withVocabulary(vocabulary);
    this.vocabulary = vocabulary;
    if (!plain.schemaHash().equals(metadata.featureSchemaHash())) {
      throw new IllegalStateException("model " + metadata.version() + " was trained with another feature schema ("
          + metadata.featureSchemaHash() + ") than this code builds (" + plain.schemaHash() + "); retrain it");
    }
    this.direct = LinearScorer.of(model, plain, vocabulary, metadata.positiveLabel()).orElse(null);
  }

  /** Loads a model directory written by the train command. */
  public static HygieneModel load(Path modelDir) throws IOException {
    Path metadataFile = modelDir.resolve(ModelFiles.METADATA);
    Path modelFile = modelDir.resolve(ModelFiles.MODEL);
    Path vocabularyFile = modelDir.resolve(ModelFiles.VOCABULARY);
    if (!Files.isRegularFile(metadataFile) || !Files.isRegularFile(modelFile) || !Files.isRegularFile(vocabularyFile)) {
      throw new NoSuchFileException(modelDir.toString(), null, "not a model directory: expected "
          + ModelFiles.METADATA + ", " + ModelFiles.MODEL + " and " + ModelFiles.VOCABULARY);
    }
    try (InputStream metadata = Files.newInputStream(metadataFile); InputStream model = Files.newInputStream(modelFile);
         InputStream vocabulary = Files.newInputStream(vocabularyFile)) {
      return of(ModelMetadata.read(metadata), Model.deserializeFromStream(model), FeatureVocabulary.read(vocabulary));
    }
  }

  /** The default model shipped in the models jar (trained from the seed corpus at build time). */
  public static HygieneModel loadDefault() {
    ClassLoader loader = HygieneModel.class.getClassLoader();
    try (InputStream metadata = loader.getResourceAsStream(DEFAULT_RESOURCE + ModelFiles.METADATA);
         InputStream model = loader.getResourceAsStream(DEFAULT_RESOURCE + ModelFiles.MODEL);
         InputStream vocabulary = loader.getResourceAsStream(DEFAULT_RESOURCE + ModelFiles.VOCABULARY)) {
      if (metadata == null || model == null || vocabulary == null) {
        throw new IllegalStateException("no default model on the classpath at " + DEFAULT_RESOURCE
            + "; it is trained by the models build (mvn -pl models package)");
      }
      return of(ModelMetadata.read(metadata), Model.deserializeFromStream(model), FeatureVocabulary.read(vocabulary));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default model " + DEFAULT_RESOURCE, e);
    }
  }

  /** Probability (0..1) that the review describes a foodborne illness; language "fr", "en" or null to detect. */
  public double score(String text, String languageOrNull) {
    return direct != null ? direct.score(text, languageOrNull) : tribuoScore(text, languageOrNull);
  }

  /** The score through Tribuo's own predict on the text's Example: the reference the direct path must equal. */
  double tribuoScore(String text, String languageOrNull) {
    Prediction<Label> prediction = model.predict(example(text, languageOrNull));
    Label positive = prediction.getOutputScores().get(metadata.positiveLabel());
    return positive == null ? 0 : positive.getScore();
  }

  /** The example scored for a text: built by the same extractor as the training examples. */
  Example<Label> example(String text, String languageOrNull) {
    return extractor.toExample(text, languageOrNull, LabelFactory.UNKNOWN_LABEL);
  }

  /** Whether scores come from the model's weights read directly rather than from Tribuo's predict. */
  boolean scoresDirectly() {
    return direct != null;
  }

  FeatureVocabulary vocabulary() {
    return vocabulary;
  }

  /** The model version carried in every alert, e.g. "restaurant-hygiene-20261128-ab12cd34". */
  public String version() {
    return metadata.version();
  }

  /** A review is risky when its score is at least this (chosen on validation data at training time). */
  public double threshold() {
    return metadata.threshold();
  }

  @SuppressWarnings("unchecked")
  private static HygieneModel of(ModelMetadata metadata, Model<?> model, FeatureVocabulary vocabulary) {
    if (!HygieneTrainer.DETECTOR.equals(metadata.detector())) {
      throw new IllegalArgumentException("model " + metadata.version() + " is for detector " + metadata.detector()
          + ", not " + HygieneTrainer.DETECTOR);
    }
    if (!model.validate(Label.class)) {
      throw new IllegalArgumentException("model " + metadata.version() + " is not a classification model");
    }
    return new HygieneModel((Model<Label>) model, metadata, vocabulary);
  }
}
