package fr.sentinelle.models.train;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.sentinelle.models.features.FeatureConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What scoring needs besides the Tribuo model ({@link ModelFiles#METADATA}).
 *
 * @param detector the detector the model belongs to
 * @param version the model version carried in every alert
 * @param threshold a text is risky when its score is at least this
 * @param positiveLabel the Tribuo label whose probability is the score
 * @param features the feature configuration the model was trained with
 * @param featureSchemaHash hash of the feature space; scoring refuses a model built for another one
 */
public record ModelMetadata(
    @JsonProperty("detector") String detector,
    @JsonProperty("version") String version,
    @JsonProperty("threshold") double threshold,
    @JsonProperty("positiveLabel") String positiveLabel,
    @JsonProperty("features") FeatureConfig features,
    @JsonProperty("featureSchemaHash") String featureSchemaHash) {

  public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void write(Path file) throws IOException {
    JSON.writeValue(file.toFile(), this);
  }

  public static ModelMetadata read(InputStream in) throws IOException {
    return JSON.readValue(in, ModelMetadata.class);
  }
}
