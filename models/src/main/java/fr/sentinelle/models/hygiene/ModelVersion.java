package fr.sentinelle.models.hygiene;

import fr.sentinelle.models.data.LabelledCsvReader;
import fr.sentinelle.models.train.TrainRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Model versions like "restaurant-hygiene-20261128-ab12cd34": the training day, then a hash of
 * everything that determines the weights (data, feature schema, seed, cost, threshold), so the
 * same inputs give the same hash. The day honours SOURCE_DATE_EPOCH for reproducible builds.
 */
final class ModelVersion {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  private ModelVersion() {}

  static String of(String detector, String dataSha256, String schemaHash, TrainRequest request,
      LinearTextFitter.Tuning tuning) {
    String identity = dataSha256 + '|' + schemaHash + '|' + request.seed() + '|' + request.validationFraction()
        + '|' + tuning.cost() + '|' + tuning.threshold();
    String hash = LabelledCsvReader.sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    return detector + '-' + DAY.format(trainingDay()) + '-' + hash;
  }

  private static Instant trainingDay() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return Instant.now();
  }
}
