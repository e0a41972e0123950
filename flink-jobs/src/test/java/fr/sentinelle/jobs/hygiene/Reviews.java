package fr.sentinelle.jobs.hygiene;

import java.time.Instant;

/** Scored reviews for tests, at fixed instants. */
final class Reviews {
  static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  static final String TOPIC = "sentinelle.feed.reviews";

  private Reviews() {}

  static ScoredReview risky(String reviewId, String establishmentId, Instant eventTime, double score) {
    return new ScoredReview(reviewId, establishmentId, "Chez " + establishmentId, "1 rue de la Paix, Paris", "75",
        48.87, 2.33, "google", "J'ai été malade toute la nuit après le repas (" + reviewId + ")", score, true,
        "test-model-1", eventTime.toEpochMilli(), TOPIC, 0, Long.parseLong(reviewId.replaceAll("\\D", "")));
  }
}
