package fr.sentinelle.benchmarks;

import fr.sentinelle.models.water.StationFeatures;
import fr.sentinelle.models.water.StationMemory;
import fr.sentinelle.models.water.StationScorer;
import fr.sentinelle.models.water.WaterModel;
import fr.sentinelle.models.water.WaterSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The water-quality job's per-reading step (station features, model probability, event
 * segmentation) on one station's stream, and its two parts alone: the feature step (the station's
 * state updated, the model's features computed) and the model's probability on features computed
 * beforehand. The stream is replayed in a loop with its times shifted forward each lap, so the
 * station's memory always sees time moving on as in production.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class WaterScoringBenchmark {
  private StationScorer scorer;
  private StationMemory memory;
  private StationMemory featureMemory;
  private double[][] featureVectors;
  private WaterSample[] samples;
  private long lapMillis;
  private long offset;
  private int next;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("sentinelle-water-bench");
    try {
      SyntheticWaterStation.Fixture fixture = SyntheticWaterStation.trainIn(dir);
      scorer = new StationScorer(fixture.model());
      List<WaterSample> readings = fixture.data().samples();
      samples = readings.toArray(WaterSample[]::new);
      lapMillis = samples[samples.length - 1].time() - samples[0].time() + 60_000L;
    } finally {
      deleteTree(dir);
    }
    memory = scorer.newMemory();
    featureMemory = scorer.newMemory();
    StationMemory warm = scorer.newMemory();
    featureVectors = new double[samples.length][];
    for (int i = 0; i < samples.length; i++) {
      featureVectors[i] = scorer.score(warm, samples[i].time(), samples[i].values()).features();
    }
  }

  @Benchmark
  public StationScorer.Scored scoreReading() {
    WaterSample sample = samples[next];
    StationScorer.Scored scored = scorer.score(memory, sample.time() + offset, sample.values());
    advance();
    return scored;
  }

  /** The feature step alone: the station's state updated with the reading, then the model's features. */
  @Benchmark
  public double[] featuresOnly() {
    WaterSample sample = samples[next];
    StationFeatures extractor = scorer.model().extractor();
    double[] features = extractor.update(featureMemory.features, sample.time() + offset, sample.values());
    advance();
    return features;
  }

  /** The model alone: the event probability of a reading's features, computed in setUp. */
  @Benchmark
  public double modelOnly() {
    WaterModel model = scorer.model();
    double p = model.probability(featureVectors[next]);
    advance();
    return p;
  }

  private void advance() {
    if (++next == samples.length) {
      next = 0;
      offset += lapMillis;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
