package fr.sentinelle.jobs.hygiene;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the hygiene pipeline needs besides its source and sinks.
 *
 * @param riskThreshold score from which a review is risky; null for the model's own threshold
 * @param maxOutOfOrderness how far event times may lag the newest one before a review is late
 * @param idleness silence after which a partition no longer holds the watermark back (zero: never)
 * @param maxMessageBytes larger messages are dead letters (TOO_LARGE)
 * @param clock judges event times "in the future" and stamps dead letters
 */
public record HygieneConfig(ModelRef model, Double riskThreshold, RiskRule rule, Duration maxOutOfOrderness,
    Duration idleness, int maxMessageBytes, Clock clock) implements Serializable {

  public HygieneConfig {
    Objects.requireNonNull(model);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(maxOutOfOrderness);
    Objects.requireNonNull(idleness);
    Objects.requireNonNull(clock);
    if (riskThreshold != null && !(riskThreshold >= 0 && riskThreshold <= 1)) {
      throw new IllegalArgumentException("risk threshold must be within 0..1, got " + riskThreshold);
    }
  }

  /** The default model and rule, 1 h out-of-orderness, 1 min idleness, 256 KiB messages. */
  public static HygieneConfig defaults() {
    return new HygieneConfig(ModelRef.parse(ModelRef.DEFAULT), null, RiskRule.defaults(), Duration.ofHours(1),
        Duration.ofMinutes(1), 256 * 1024, Clock.systemUTC());
  }

  public HygieneConfig withRule(RiskRule value) {
    return new HygieneConfig(model, riskThreshold, value, maxOutOfOrderness, idleness, maxMessageBytes, clock);
  }

  public HygieneConfig withClock(Clock value) {
    return new HygieneConfig(model, riskThreshold, rule, maxOutOfOrderness, idleness, maxMessageBytes, value);
  }
}
