package fr.sentinelle.jobs.water;

import fr.sentinelle.models.water.WaterModel;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which water-quality model to load, as a value the job graph can carry; each task loads the
 * model itself in {@code open()}. There is no packaged default: a water model is trained on a
 * station's history ({@code train --detector water-quality}).
 */
public record WaterModelRef(String directory) implements Serializable {
  public WaterModelRef {
    Objects.requireNonNull(directory, "a water-quality model directory is required");
  }

  public WaterModel load() throws IOException {
    return WaterModel.load(Path.of(directory));
  }
}
