package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.water.WaterData;
import fr.sentinelle.models.water.WaterSample;
import fr.sentinelle.models.water.WaterTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A station the tests own: pH, redox and turbidity with a daily cycle and noise, and events where
 * pH rises by 0.2 and redox falls by 25 mV together. The same generator writes the training CSV
 * (fixed seed) and the readings the job receives.
 */
final class WaterFixtures {
  static final Instant T0 = Instant.parse("2026-08-03T00:00:00Z");
  static final long MINUTE = 60_000;

  private WaterFixtures() {}

  /** One minute of the station: pH, redox, turbidity (NaN when missing). */
  static double[] minute(Random random, int t, boolean event) {
    double day = Math.sin(2 * Math.PI * t / 1440.0);
    double ph = 8.35 + 0.03 * day + 0.01 * random.nextGaussian() + (event ? 0.2 : 0);
    double redox = 750 + 3 * day + random.nextGaussian() - (event ? 25 : 0);
    double turbidity = 0.02 + 0.002 * random.nextGaussian();
    return new double[] {round(ph, 3), round(redox, 1), round(turbidity, 4)};
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  /**
   * Trains a model on four days with an event every 450 minutes, into {@code dir}/model. The data
   * is handed over in memory: commons-csv does not run on the commons-io that Flink pins.
   */
  static Path trainModel(Path dir) throws IOException {
    Random random = new Random(7);
    List<WaterSample> samples = new ArrayList<>();
    long start = T0.minusSeconds(4 * 86400).toEpochMilli();
    for (int t = 0; t < 4 * 1440; t++) {
      boolean event = t >= 450 && t % 450 < 30;
      samples.add(new WaterSample(start + t * MINUTE, minute(random, t, event), event));
    }
    Path model = dir.resolve("model");
    new WaterTrainer().train(new TrainRequest(dir.resolve("synthetic"), model, 11, 0.3, null),
        new WaterData(List.of("ph", "redox", "turbidity"), samples, "synthetic-seed-7"));
    return model;
  }

  static WaterReading reading(String station, String department, int minute, double[] v) {
    List<Measurement> m = new ArrayList<>();
    String[] names = {"ph", "redox", "turbidity"};
    String[] units = {"[pH]", "mV", "NTU"};
    for (int i = 0; i < names.length; i++) {
      m.add(new Measurement(names[i], Double.isNaN(v[i]) ? null : v[i], units[i]));
    }
    return new WaterReading(station, department, T0.plusSeconds(60L * minute), m);
  }

  /** {@code minutes} readings of a station from minute 0, with one event at [eventStart, eventStart + 30). */
  static List<WaterReading> station(String station, String department, long seed, int minutes, int eventStart) {
    Random random = new Random(seed);
    List<WaterReading> readings = new ArrayList<>();
    for (int t = 0; t < minutes; t++) {
      boolean event = eventStart >= 0 && t >= eventStart && t < eventStart + 30;
      readings.add(reading(station, department, t, minute(random, t, event)));
    }
    return readings;
  }

  static byte[] encoded(WaterReading reading) {
    return AvroCodec.of(WaterReading.class).encode(reading);
  }
}
