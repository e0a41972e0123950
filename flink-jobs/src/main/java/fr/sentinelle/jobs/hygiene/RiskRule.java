package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.alert.Severity;
import java.io.Serializable;
import java.time.Duration;

/**
 * When an establishment's risky reviews become an alert, and how severe it is.
 *
 * <p>An establishment is at risk when at least {@code minRiskyReviews} risky reviews fall within
 * {@code period} of its newest one. Severity: CRITICAL from 3 × minRiskyReviews reviews, HIGH from
 * 2 × minRiskyReviews or when the summed scores reach {@link #HIGH_MEAN_SCORE} × minRiskyReviews
 * (as many very confident reports as the threshold asks for), MEDIUM otherwise. Both only grow as
 * reports accumulate, so an episode's severity never drops when one more, less certain, report arrives.
 *
 * @param maxEvidence the newest reviews quoted in an alert (the count covers all of them)
 */
public record RiskRule(Duration period, int minRiskyReviews, int maxEvidence) implements Serializable {
  public static final double HIGH_MEAN_SCORE = 0.9;

  public RiskRule {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("risk period must be positive, got " + period);
    }
    if (minRiskyReviews < 1) {
      throw new IllegalArgumentException("min risky reviews must be at least 1, got " + minRiskyReviews);
    }
    if (maxEvidence < 1) {
      throw new IllegalArgumentException("max evidence must be at least 1, got " + maxEvidence);
    }
  }

  public static RiskRule defaults() {
    return new RiskRule(Duration.ofDays(30), 3, 10);
  }

  public long periodMillis() {
    return period.toMillis();
  }

  /** @param riskWeight the sum of the risky reviews' scores */
  public Severity severity(int riskyReviews, double riskWeight) {
    if (riskyReviews >= 3 * minRiskyReviews) {
      return Severity.CRITICAL;
    }
    if (riskyReviews >= 2 * minRiskyReviews || riskWeight >= HIGH_MEAN_SCORE * minRiskyReviews) {
      return Severity.HIGH;
    }
    return Severity.MEDIUM;
  }

  /** "30 jours", "1 jour", "12 heures": the period as the alert title says it. */
  public String periodInFrench() {
    long days = period.toDays();
    if (days >= 1 && period.equals(Duration.ofDays(days))) {
      return days + (days == 1 ? " jour" : " jours");
    }
    long hours = Math.max(1, period.toHours());
    return hours + (hours == 1 ? " heure" : " heures");
  }
}
