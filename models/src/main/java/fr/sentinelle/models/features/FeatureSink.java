package fr.sentinelle.models.features;

/**
 * Receives one text's features from {@link TextFeatureExtractor#extract(String, String, FeatureSink)},
 * one call per feature. Training keeps them by name; scoring looks each name up in the model.
 */
@FunctionalInterface
public interface FeatureSink {
  /**
   * One feature. {@code name} is a reusable buffer, valid only during the call (copy it with
   * {@code toString()} to keep it); each name comes at most once per text.
   */
  void add(FeatureName name, double value);
}
