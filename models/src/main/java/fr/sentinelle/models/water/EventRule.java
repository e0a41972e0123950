package fr.sentinelle.models.water;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How minute scores become events: the raw probability is smoothed exponentially
 * ({@code smoothed += alpha * (score - smoothed)}), a minute is flagged when the smoothed score is
 * at least the threshold, an event opens on the first flagged minute and closes once no minute has
 * been flagged for {@code closeAfterMinutes}.
 */
public record EventRule(
    @JsonProperty("threshold") double threshold,
    @JsonProperty("smoothingAlpha") double smoothingAlpha,
    @JsonProperty("closeAfterMinutes") int closeAfterMinutes) {

  public EventRule {
    if (!(smoothingAlpha > 0 && smoothingAlpha <= 1) || closeAfterMinutes < 1) {
      throw new IllegalArgumentException("smoothingAlpha must be in (0, 1] and closeAfterMinutes >= 1");
    }
  }
}
