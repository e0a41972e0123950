package fr.sentinelle.models.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.models.data.LabelledCsvReader;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The default model the build trained from the seed corpus (process-classes) is on the classpath. */
class DefaultModelTest {
  @Test
  void loadsFromTheClasspathAndSeparatesObviousReviews() {
    HygieneModel model = HygieneModel.loadDefault();
    assertTrue(model.version().matches("restaurant-hygiene-\\d{8}-[0-9a-f]{8}"), model.version());
    assertTrue(model.threshold() > 0 && model.threshold() < 1);
    assertTrue(model.score("Food poisoning! Vomiting all night after the shrimp.", "en") >= model.threshold());
    assertTrue(model.score("Lovely dinner, great wine, friendly staff.", "en") < model.threshold());
  }

  @Test
  void wasTrainedOnTheShippedSeedCorpusWithTheBuildSeed() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/" + HygieneModel.DEFAULT_RESOURCE + ModelFiles.PROVENANCE)) {
      JsonNode provenance = ModelMetadata.JSON.readTree(in);
      assertEquals(20261128, provenance.get("seed").asLong());
      assertEquals(LabelledCsvReader.sha256(Files.readAllBytes(SeedCorpus.path())), provenance.get("dataset_sha256").asText());
    }
  }
}
