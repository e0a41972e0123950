package fr.sentinelle.models.water;

import fr.sentinelle.models.data.LabelledCsvReader;
import fr.sentinelle.models.train.ModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** A trained water-quality classifier: event probability of one feature vector, plus its metadata. */
public final class WaterModel {
  public static final String EVENT = "event";
  public static final String NORMAL = "normal";

  private final Model<Label> model;
  private final WaterModelMetadata metadata;
  private final StationFeatures extractor;
  private final String[] names;
  /** Direct liblinear scoring when the model is one (null otherwise): same numbers, none of Tribuo's per-example objects. */
  private final LinearScorer linear;

  public WaterModel(Model<Label> model, WaterModelMetadata metadata) {
    this.model = model;
    this.metadata = metadata;
    this.extractor = new StationFeatures(metadata.parameters(), metadata.tails(), metadata.residuals());
    this.names = extractor.names().toArray(String[]::new);
    if (!schemaHash(extractor).equals(metadata.featureSchemaHash())) {
      throw new IllegalArgumentException("model " + metadata.version() + " was trained on another feature schema");
    }
    this.linear = LinearScorer.of(model, names, EVENT);
  }

  /** Classpath folder of the default model, trained by the models build from simulated stations. */
  public static final String DEFAULT_RESOURCE = "models/" + WaterTrainer.DETECTOR + "/";

  /**
   * The default model shipped in the models jar: trained by the build on the project's own
   * simulated stations ({@link SimulatedWaterCommand#trainDefault}), never on outside data.
   */
  public static WaterModel loadDefault() {
    ClassLoader loader = WaterModel.class.getClassLoader();
    try (InputStream metadata = loader.getResourceAsStream(DEFAULT_RESOURCE + ModelFiles.METADATA);
         InputStream model = loader.getResourceAsStream(DEFAULT_RESOURCE + ModelFiles.MODEL)) {
      if (metadata == null || model == null) {
        throw new IllegalStateException("no default water model on the classpath at " + DEFAULT_RESOURCE
            + "; it is trained by the models build (mvn -pl models package)");
      }
      @SuppressWarnings("unchecked")
      Model<Label> tribuo = (Model<Label>) Model.deserializeFromStream(model);
      return new WaterModel(tribuo, WaterModelMetadata.read(metadata));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the default water model " + DEFAULT_RESOURCE, e);
    }
  }

  public static WaterModel load(Path dir) throws IOException {
    @SuppressWarnings("unchecked")
    Model<Label> model = (Model<Label>) Model.deserializeFromFile(dir.resolve(ModelFiles.MODEL));
    try (InputStream in = Files.newInputStream(dir.resolve(ModelFiles.METADATA))) {
      return new WaterModel(model, WaterModelMetadata.read(in));
    }
  }

  public double probability(double[] features) {
    return linear != null ? linear.probability(features) : tribuoProbability(features);
  }

  /** The event probability through Tribuo's own prediction (the reference {@link LinearScorer} is checked against). */
  double tribuoProbability(double[] features) {
    ArrayExample<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, features);
    Label event = model.predict(example).getOutputScores().get(EVENT);
    return event == null ? 0 : event.getScore();
  }

  public StationFeatures extractor() {
    return extractor;
  }

  public WaterModelMetadata metadata() {
    return metadata;
  }

  public String version() {
    return metadata.version();
  }

  public Model<Label> tribuoModel() {
    return model;
  }

  static String schemaHash(StationFeatures extractor) {
    return LabelledCsvReader.sha256(String.join("\n", extractor.names()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }
}
