package fr.sentinelle.benchmarks;

import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.water.SyntheticStream;
import fr.sentinelle.models.water.WaterCsvReader;
import fr.sentinelle.models.water.WaterData;
import fr.sentinelle.models.water.WaterModel;
import fr.sentinelle.models.water.WaterTrainer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The models tests' synthetic GECCO-shaped station stream (fixed seed, an event every 450 minutes
 * where two parameters shift for 30 minutes) and a water-quality model trained on it: the fixture
 * of the per-reading scoring benchmark.
 */
public final class SyntheticWaterStation {
  private static final long STREAM_SEED = 7;
  private static final long TRAINING_SEED = 11;
  private static final int MINUTES = 6 * 1440;
  private static final int EVENT_EVERY = 450;
  private static final int EVENT_LENGTH = 30;

  /** The generated readings and the model trained on them. */
  public record Fixture(WaterData data, WaterModel model) {}

  private SyntheticWaterStation() {}

  /** Writes the stream under {@code dir}, trains a model there and loads both back. */
  public static Fixture trainIn(Path dir) throws IOException {
    Path data = write(dir.resolve("station.csv"));
    Path modelDir = dir.resolve("model");
    new WaterTrainer().train(new TrainRequest(data, modelDir, TRAINING_SEED, 0.3, null));
    return new Fixture(new WaterCsvReader().read(data), WaterModel.load(modelDir));
  }

  static Path write(Path file) throws IOException {
    return SyntheticStream.write(file, STREAM_SEED, MINUTES, EVENT_EVERY, EVENT_LENGTH);
  }
}
