package fr.sentinelle.jobs.water;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the water pipeline needs besides its source and sinks.
 *
 * @param maxOutOfOrderness how far a station's readings may arrive out of order; readings are
 *     scored in event-time order once the watermark passes them, so this is also the alert delay
 * @param maxLateness a reading behind the watermark by less than this is still used if its station
 *     has not been scored past it; an older one is a LATE dead letter
 * @param stationSilence a station without readings for this long (event time) has its open event
 *     closed and its state cleared
 * @param idleness silence after which a partition no longer holds the watermark back (zero: never)
 * @param maxMessageBytes larger messages are dead letters (TOO_LARGE)
 * @param clock judges event times "in the future" and stamps dead letters
 */
public record WaterConfig(WaterModelRef model, Duration maxOutOfOrderness, Duration maxLateness, Duration stationSilence,
    Duration idleness, int maxMessageBytes, Clock clock) implements Serializable {

  public WaterConfig {
    Objects.requireNonNull(model);
    Objects.requireNonNull(maxOutOfOrderness);
    Objects.requireNonNull(maxLateness);
    Objects.requireNonNull(stationSilence);
    Objects.requireNonNull(idleness);
    Objects.requireNonNull(clock);
  }

  /**
   * 2 min out-of-orderness, 1 h lateness, 1 day of silence, 1 min idleness, 64 KiB messages.
   *
   * @param modelDirectory a trained model's directory, or null for the default model
   */
  public static WaterConfig defaults(String modelDirectory) {
    return new WaterConfig(new WaterModelRef(modelDirectory), Duration.ofMinutes(2), Duration.ofHours(1),
        Duration.ofDays(1), Duration.ofMinutes(1), 64 * 1024, Clock.systemUTC());
  }

  public WaterConfig withClock(Clock value) {
    return new WaterConfig(model, maxOutOfOrderness, maxLateness, stationSilence, idleness, maxMessageBytes, value);
  }

  public WaterConfig withIdleness(Duration value) {
    return new WaterConfig(model, maxOutOfOrderness, maxLateness, stationSilence, value, maxMessageBytes, clock);
  }
}
