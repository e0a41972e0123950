package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.models.hygiene.HygieneModel;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Which hygiene model to load, as a value the job graph can carry: the model itself is not
 * serializable and is loaded by each task in {@code open()}.
 *
 * @param directory a model directory written by the train command, or null for the default model
 *     packaged in the models jar
 */
public record ModelRef(String directory) implements Serializable {
  public static final String DEFAULT = "default";

  public static ModelRef parse(String value) {
    return value == null || value.isBlank() || DEFAULT.equals(value) ? new ModelRef(null) : new ModelRef(value);
  }

  public HygieneModel load() throws IOException {
    return directory == null ? HygieneModel.loadDefault() : HygieneModel.load(Path.of(directory));
  }

  @Override
  public String toString() {
    return directory == null ? DEFAULT : directory;
  }
}
