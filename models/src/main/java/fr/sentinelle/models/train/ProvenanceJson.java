package fr.sentinelle.models.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.util.Version;
import org.tribuo.Model;
import org.tribuo.Tribuo;

/**
 * Writes {@link ModelFiles#PROVENANCE}: the facts that identify how a model was made (dataset path
 * and SHA-256, git commit, feature-schema hash, seed, library versions) followed by Tribuo's own
 * provenance of the model (trainer, its configuration, dataset summary) exported as JSON.
 */
public final class ProvenanceJson {
  private ProvenanceJson() {}

  public static void write(Path file, Map<String, Object> facts, Model<?> model) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>(facts);
    json.put("versions", versions());
    json.put("tribuo_provenance", tribuoProvenance(model));
    ModelMetadata.JSON.writeValue(file.toFile(), json);
  }

  /** Library versions the model was trained with. */
  public static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("tribuo", Tribuo.VERSION);
    versions.put("lucene", Version.LATEST.toString());
    versions.put("java", System.getProperty("java.version"));
    String sentinelle = ProvenanceJson.class.getPackage().getImplementationVersion();
    versions.put("sentinelle_models", sentinelle == null ? "development" : sentinelle);
    return versions;
  }

  static JsonNode tribuoProvenance(Model<?> model) throws IOException {
    String marshalled = new JsonProvenanceSerialization(false)
        .serializeToString(ProvenanceUtil.marshalProvenance(model.getProvenance()));
    return ModelMetadata.JSON.readTree(marshalled);
  }
}
