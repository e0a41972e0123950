package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.water.WaterData;
import fr.sentinelle.models.water.WaterSample;
import fr.sentinelle.models.water.WaterTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * There is no packaged water-quality model (one is trained per station history), so the benchmark
 * trains one at start, with the project's own trainer, on four days of the signal {@link WaterLoad}
 * generates (seed 7, training seed 11), about as the flink-jobs tests do.
 */
final class WaterModelFixture {
  private static final long MINUTE = 60_000;

  private WaterModelFixture() {}

  static Path train(Path dir) throws IOException {
    Random random = new Random(7);
    List<WaterSample> samples = new ArrayList<>();
    long start = 1_470_182_400_000L; // 2016-08-03T00:00:00Z, as the GECCO data
    for (int t = 0; t < 4 * 1440; t++) {
      boolean event = WaterLoad.inEvent(t);
      samples.add(new WaterSample(start + t * MINUTE, WaterLoad.minute(random, t, event), event));
    }
    Path model = dir.resolve("water-model");
    new WaterTrainer().train(new TrainRequest(dir.resolve("water-synthetic"), model, 11, 0.3, null),
        new WaterData(WaterLoad.PARAMETERS, samples, "sentinelle-bench-synthetic-seed-7"));
    return model;
  }
}
