package fr.sentinelle.models.water;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.sentinelle.models.train.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What scoring needs besides the Tribuo model: the parameters in feature order, the feature
 * calibration ({@link StationFeatures#tails()}), the cross-parameter fit ({@link CrossResiduals}), the event rule,
 * and the feature-schema hash that scoring checks against its own extractor.
 */
public record WaterModelMetadata(
    @JsonProperty("detector") String detector,
    @JsonProperty("version") String version,
    @JsonProperty("parameters") List<String> parameters,
    @JsonProperty("tails") double[] tails,
    @JsonProperty("residualWeights") double[] residualWeights,
    @JsonProperty("residualTails") double[] residualTails,
    @JsonProperty("residualNoveltyTails") double[] residualNoveltyTails,
    @JsonProperty("rule") EventRule rule,
    @JsonProperty("positiveLabel") String positiveLabel,
    @JsonProperty("featureSchemaHash") String featureSchemaHash) {

  /** The cross-parameter fit this metadata carries. */
  public CrossResiduals residuals() {
    if (residualWeights == null || residualTails == null || residualNoveltyTails == null) {
      throw new IllegalArgumentException("model " + version + " has no cross-parameter residual fit (an older feature schema)");
    }
    return new CrossResiduals(parameters.size(), residualWeights, residualTails, residualNoveltyTails);
  }

  public void write(Path file) throws IOException {
    ModelMetadata.JSON.writeValue(file.toFile(), this);
  }

  public static WaterModelMetadata read(InputStream in) throws IOException {
    return ModelMetadata.JSON.readValue(in, WaterModelMetadata.class);
  }
}
