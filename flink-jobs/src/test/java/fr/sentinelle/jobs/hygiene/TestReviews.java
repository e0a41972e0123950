package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.connectors.fuzz.SampleReviews;
import java.time.Instant;

/** Avro reviews for tests, with texts the default hygiene model scores unambiguously ({@link SampleReviews}). */
public final class TestReviews {
  public static final AvroCodec<Review> CODEC = SampleReviews.CODEC;

  public static final String[] SICK = SampleReviews.RISKY.toArray(String[]::new);
  public static final String[] FINE = SampleReviews.FINE.toArray(String[]::new);

  private TestReviews() {}

  public static Review review(String reviewId, String establishmentId, String department, String text,
      Instant eventTime) {
    return SampleReviews.review(reviewId, establishmentId, department, text, eventTime);
  }

  public static byte[] encoded(Review review) {
    return SampleReviews.encoded(review);
  }
}
