package fr.sentinelle.benchmarks;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Avro single-object encoding and decoding, as the jobs do, of the two detectors' feed records (a
 * Review, a WaterReading of six parameters) and of an Alert.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=fr.sentinelle.avro")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class AvroCodecBenchmark {
  private final AvroCodec<Review> reviews = AvroCodec.of(Review.class);
  private final AvroCodec<Alert> alerts = AvroCodec.of(Alert.class);
  private final AvroCodec<WaterReading> waterReadings = AvroCodec.of(WaterReading.class);
  private Review[] reviewRecords;
  private byte[][] reviewBytes;
  private Alert alert;
  private byte[] alertBytes;
  private WaterReading[] waterRecords;
  private byte[][] waterBytes;
  private int next;

  @Setup
  public void setUp() {
    List<SeedReviews.Text> texts = SeedReviews.load();
    reviewRecords = new Review[texts.size()];
    reviewBytes = new byte[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      reviewRecords[i] = SampleRecords.review(i, texts.get(i));
      reviewBytes[i] = reviews.encode(reviewRecords[i]);
    }
    alert = SampleRecords.alert(texts);
    alertBytes = alerts.encode(alert);
    waterRecords = new WaterReading[texts.size()];
    waterBytes = new byte[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      waterRecords[i] = SampleWaterReadings.reading(i);
      waterBytes[i] = waterReadings.encode(waterRecords[i]);
    }
  }

  @Benchmark
  public byte[] encodeReview() {
    return reviews.encode(reviewRecords[advance()]);
  }

  @Benchmark
  public Review decodeReview() throws DecodeException {
    return reviews.decode(reviewBytes[advance()]);
  }

  @Benchmark
  public byte[] encodeAlert() {
    return alerts.encode(alert);
  }

  @Benchmark
  public Alert decodeAlert() throws DecodeException {
    return alerts.decode(alertBytes);
  }

  @Benchmark
  public byte[] encodeWaterReading() {
    return waterReadings.encode(waterRecords[advance()]);
  }

  @Benchmark
  public WaterReading decodeWaterReading() throws DecodeException {
    return waterReadings.decode(waterBytes[advance()]);
  }

  private int advance() {
    int i = next;
    next = i + 1 == reviewRecords.length ? 0 : i + 1;
    return i;
  }
}
