package fr.sentinelle.benchmarks;

import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.water.WaterCsvReader;
import fr.sentinelle.models.water.WaterData;
import fr.sentinelle.models.water.WaterModel;
import fr.sentinelle.models.water.WaterTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A GECCO-shaped station stream generated from a fixed seed (three parameters with a daily cycle and
 * noise, sensor gaps, and an event every 450 minutes where two parameters shift for 30 minutes), and
 * a water-quality model trained on it: the fixture of the per-reading scoring benchmark.
 */
public final class SyntheticWaterStation {
  private static final Instant START = Instant.parse("2016-08-03T00:00:00Z");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
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
    Random random = new Random(STREAM_SEED);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("Time,pH,Redox,Trueb,EVENT");
      for (int t = 0; t < MINUTES; t++) {
        double day = Math.sin(2 * Math.PI * t / 1440.0);
        double pH = 8.35 + 0.03 * day + 0.01 * random.nextGaussian();
        double redox = 750 + 3 * day + 1.0 * random.nextGaussian();
        double trueb = 0.02 + 0.002 * random.nextGaussian();
        boolean event = t >= EVENT_EVERY && t % EVENT_EVERY < EVENT_LENGTH;
        if (event) {
          pH += 0.2;
          redox -= 25;
        }
        boolean gap = t % 2000 >= 1500 && t % 2000 < 1540;
        w.printf(Locale.ROOT, "%s,%s,%s,%s,%s%n", TIME.format(START.plusSeconds(60L * t)),
            gap ? "" : String.format(Locale.ROOT, "%.3f", pH), gap ? "" : String.format(Locale.ROOT, "%.1f", redox),
            String.format(Locale.ROOT, "%.4f", trueb), event ? "TRUE" : "FALSE");
      }
    }
    return file;
  }
}
