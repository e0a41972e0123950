package fr.sentinelle.models.train;

import fr.sentinelle.models.eval.BinaryFigures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's figures on one labelled file, and which model and file they are about.
 *
 * @param extra detector-specific figures appended to the JSON (e.g. event-level figures); may be empty
 */
public record EvaluationResult(String detector, String modelVersion, String data, String dataSha256,
    BinaryFigures figures, Map<String, Object> extra) {

  public EvaluationResult(String detector, String modelVersion, String data, String dataSha256, BinaryFigures figures) {
    this(detector, modelVersion, data, dataSha256, figures, Map.of());
  }

  /** The flat JSON object the evaluate command prints as its last line. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("detector", detector);
    json.put("model_version", modelVersion);
    json.put("n", figures.n());
    json.put("positives", figures.positives());
    json.put("threshold", figures.threshold());
    json.put("precision", figures.precision());
    json.put("recall", figures.recall());
    json.put("f1", figures.f1());
    json.put("aupr", figures.aupr());
    json.putAll(extra);
    json.put("data", data);
    json.put("data_sha256", dataSha256);
    return json;
  }
}
