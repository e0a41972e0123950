package fr.sentinelle.models.water;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How minute scores become events. The classifier's probability, divided by its threshold, and
 * the novelty ({@link StationFeatures#novelty}: the capped sum of 15-minute cross-parameter residuals in tails), divided by
 * {@code noveltyTails}, give a minute score; the larger counts, so an event unlike any seen in
 * training still opens when several parameters move far at once ({@code noveltyTails} 0 turns
 * that off). The minute score is smoothed exponentially ({@code smoothed += alpha * (score -
 * smoothed)}), a minute is flagged when the smoothed score is at least 1, an event opens on the
 * first flagged minute and closes once no minute has been flagged for {@code closeAfterMinutes}.
 */
public record EventRule(
    @JsonProperty("threshold") double threshold,
    @JsonProperty("smoothingAlpha") double smoothingAlpha,
    @JsonProperty("closeAfterMinutes") int closeAfterMinutes,
    @JsonProperty("noveltyTails") double noveltyTails) {

  public EventRule {
    if (!(threshold > 0 && threshold <= 1) || !(smoothingAlpha > 0 && smoothingAlpha <= 1) || closeAfterMinutes < 1
        || !(noveltyTails >= 0)) {
      throw new IllegalArgumentException("threshold and smoothingAlpha in (0, 1], closeAfterMinutes >= 1, noveltyTails >= 0");
    }
  }

  /** The minute score before smoothing; 1 is the flagging level. */
  public double minuteScore(double probability, double novelty) {
    double fromModel = probability / threshold;
    return noveltyTails > 0 ? Math.max(fromModel, novelty / noveltyTails) : fromModel;
  }
}
