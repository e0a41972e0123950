package fr.sentinelle.models.train;

import fr.sentinelle.models.data.LabelledCsvReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Model versions like "water-quality-20261128-ab12cd34": the training day, then the first eight hex
 * digits of the SHA-256 of an identity string naming everything that determines the model, so the
 * same inputs give the same version and different models different ones. The day honours
 * SOURCE_DATE_EPOCH for reproducible builds.
 */
public final class ModelVersions {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  private ModelVersions() {}

  public static String of(String detector, String identity) {
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
