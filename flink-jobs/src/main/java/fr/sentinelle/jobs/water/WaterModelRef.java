package fr.sentinelle.jobs.water;

import fr.sentinelle.models.water.WaterModel;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Which water-quality model to load, as a value the job graph can carry; each task loads the
 * model itself in {@code open()}. No directory means the default model of the models jar, trained
 * by the build on the project's simulated stations ({@link WaterModel#loadDefault()}).
 */
public record WaterModelRef(String directory) implements Serializable {
  public static WaterModelRef defaultModel() {
    return new WaterModelRef(null);
  }

  public WaterModel load() throws IOException {
    return directory == null ? WaterModel.loadDefault() : WaterModel.load(Path.of(directory));
  }

  /** For logs: the directory, or "default". */
  public String describe() {
    return directory == null ? "default (" + WaterModel.DEFAULT_RESOURCE + ")" : directory;
  }
}
