package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Generated water readings, the same for a given seed: stations in turn, each reading its
 * "minute" t of a GECCO-shaped signal (pH, redox, turbidity with a daily cycle and noise), with an
 * event every {@value #EVENT_EVERY} readings of a station where pH rises by 0.2 and redox falls by
 * 25 mV for {@value #EVENT_LENGTH} readings: the signal the benchmark's water model is trained on.
 *
 * <p>Each station reads once a minute of event time, as the model expects, on a clock that starts
 * at a given origin and runs as fast as the load is published: a paced phase at 1,000 readings/s
 * over 20 stations passes 50 minutes of event time a second. Placing the origin far enough in the
 * past ({@link #originFor}) keeps every reading out of the future. A station's readings are then
 * minutes apart, so events open and close within a phase, and a station and a minute name one
 * reading however fast the producer catches up after a stall.
 */
public final class WaterLoad implements LoadGenerator {
  static final List<String> PARAMETERS = List.of("ph", "redox", "turbidity");
  private static final List<String> UNITS = List.of("[pH]", "mV", "NTU");
  static final int EVENT_EVERY = 450;
  static final int EVENT_LENGTH = 30;
  private static final AvroCodec<WaterReading> CODEC = AvroCodec.of(WaterReading.class);

  private final int stations;
  private final String prefix;
  private final Random random;
  private final Instant origin;

  /** @param origin the event time of every station's first reading */
  public WaterLoad(int stations, String prefix, long seed, Instant origin) {
    if (stations < 1) {
      throw new IllegalArgumentException("stations must be at least 1, got " + stations);
    }
    this.stations = stations;
    this.prefix = prefix;
    this.random = new Random(seed);
    this.origin = origin;
  }

  /** An origin such that {@code readings} readings of {@code stations} stations all come before {@code end}. */
  public static Instant originFor(long readings, int stations, Instant end) {
    return end.minus(Duration.ofMinutes((readings + stations - 1) / stations));
  }

  /** Station {@code sequence % stations} at its minute {@code sequence / stations}, whatever the producer proposes. */
  @Override
  public Instant eventTime(long sequence, Instant proposed) {
    return origin.plus(Duration.ofMinutes(sequence / stations));
  }

  @Override
  public String prefix() {
    return prefix;
  }

  /** One station reading: pH, redox, turbidity at its minute {@code t}. */
  static double[] minute(Random random, long t, boolean event) {
    double day = Math.sin(2 * Math.PI * t / 1440.0);
    double ph = 8.35 + 0.03 * day + 0.01 * random.nextGaussian() + (event ? 0.2 : 0);
    double redox = 750 + 3 * day + random.nextGaussian() - (event ? 25 : 0);
    double turbidity = 0.02 + 0.002 * random.nextGaussian();
    return new double[] {ph, redox, turbidity};
  }

  static boolean inEvent(long t) {
    return t >= EVENT_EVERY && t % EVENT_EVERY < EVENT_LENGTH;
  }

  public WaterReading reading(long sequence, Instant eventTime) {
    long t = sequence / stations;
    double[] values = minute(random, t, inEvent(t));
    Measurement[] measurements = new Measurement[PARAMETERS.size()];
    for (int i = 0; i < measurements.length; i++) {
      measurements[i] = new Measurement(PARAMETERS.get(i), values[i], UNITS.get(i));
    }
    int station = (int) (sequence % stations);
    return new WaterReading(prefix + "s" + station, station % 2 == 0 ? "38" : "69", eventTime, List.of(measurements));
  }

  /** A reading is named by its station and event time (each station reads once a minute). */
  @Override
  public String alias(long sequence, Instant eventTime) {
    return stationTime(prefix + "s" + (sequence % stations), eventTime.toEpochMilli());
  }

  static String stationTime(String station, long eventTimeMillis) {
    return station + "@" + eventTimeMillis;
  }

  @Override
  public Message next(long sequence, Instant eventTime) {
    WaterReading reading = reading(sequence, eventTime);
    return new Message(reading.getStationId().toString().getBytes(StandardCharsets.UTF_8), CODEC.encode(reading));
  }
}
