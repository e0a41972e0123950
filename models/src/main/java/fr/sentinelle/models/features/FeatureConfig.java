package fr.sentinelle.models.features;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which text features a model uses. Stored in the model directory so scoring rebuilds exactly the
 * features the model was trained on.
 *
 * @param wordNgrams longest run of consecutive analysed words taken as a feature (1 = words only)
 * @param removeStopWords whether the analyzers drop stop words (negations are always kept)
 * @param charNgramMin shortest character n-gram taken inside each analysed word (0 = none)
 * @param charNgramMax longest character n-gram taken inside each analysed word (0 = none)
 * @param minDocumentFrequency features in fewer training texts than this are dropped
 * @param naiveBayesScaling whether each feature is scaled by its class log-count ratio (NB-SVM style)
 * @param illnessCues whether hand-written foodborne-illness cues ("d:", see {@link IllnessCues}) are added
 */
public record FeatureConfig(
    @JsonProperty("wordNgrams") int wordNgrams,
    @JsonProperty("removeStopWords") boolean removeStopWords,
    @JsonProperty("charNgramMin") int charNgramMin,
    @JsonProperty("charNgramMax") int charNgramMax,
    @JsonProperty("minDocumentFrequency") int minDocumentFrequency,
    @JsonProperty("naiveBayesScaling") boolean naiveBayesScaling,
    @JsonProperty("illnessCues") boolean illnessCues) {

  public FeatureConfig {
    if (wordNgrams < 1) {
      throw new IllegalArgumentException("wordNgrams must be at least 1, got " + wordNgrams);
    }
    if (charNgramMin < 0 || charNgramMax < charNgramMin || (charNgramMin == 0) != (charNgramMax == 0)) {
      throw new IllegalArgumentException("character n-gram range must be 0..0 (none) or 1 <= min <= max, got "
          + charNgramMin + ".." + charNgramMax);
    }
    if (minDocumentFrequency < 1) {
      throw new IllegalArgumentException("minDocumentFrequency must be at least 1, got " + minDocumentFrequency);
    }
  }

  /**
   * The configuration the restaurant-hygiene detector was tuned with on a validation split of the
   * NYC DOHMH training file: word 1-3-grams with stop words kept, seen in at least 2 texts,
   * naive-Bayes scaled (validation AUPR 0.934 for plain 1-2-grams, 0.947 with this), plus the
   * illness cues (5-fold CV AUPR 0.942 -> 0.946 on the training splits of seeds 42 and 7 alike).
   * Character 2-5-grams, alone (CV AUPR 0.920) or averaged with this model, did not help.
   */
  public static FeatureConfig hygieneDefault() {
    return new FeatureConfig(3, false, 0, 0, 2, true, true);
  }

  boolean charNgrams() {
    return charNgramMax > 0;
  }
}
