package fr.sentinelle.models.hygiene;

import fr.sentinelle.models.train.ModelVersions;
import fr.sentinelle.models.train.TrainRequest;

/**
 * The hygiene model's version: everything that determines its weights (data, feature schema, seed,
 * cost, threshold). The feature schema hash carries the extractor's own version, which a change of
 * the text features must bump.
 */
final class ModelVersion {
  private ModelVersion() {}

  static String of(String detector, String dataSha256, String schemaHash, TrainRequest request,
      LinearTextFitter.Tuning tuning) {
    return ModelVersions.of(detector, dataSha256 + '|' + schemaHash + '|' + request.seed() + '|'
        + request.validationFraction() + '|' + tuning.cost() + '|' + tuning.threshold());
  }
}
