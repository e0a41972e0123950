package fr.sentinelle.connectors.fuzz;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Review;
import java.time.Instant;
import java.util.List;

/**
 * Avro reviews whose outcome is known in advance: texts the default hygiene model scores
 * unambiguously as risky or fine, on an otherwise ordinary review. The job tests and the local
 * stack's fault runs build their expected alerts from them.
 */
public final class SampleReviews {
  public static final AvroCodec<Review> CODEC = AvroCodec.of(Review.class);

  /** Reports of food poisoning, in French and English: risky for the default model. */
  public static final List<String> RISKY = List.of(
      "Après le dîner, toute la famille a eu une intoxication alimentaire : vomissements et diarrhée toute la nuit, nous avons fini aux urgences.",
      "J'ai été malade toute la nuit après avoir mangé leurs huîtres, nausées, vomissements et fièvre. Intoxication alimentaire certaine.",
      "Mon mari et moi avons eu la gastro le lendemain du repas, diarrhée et crampes d'estomac pendant deux jours.",
      "Got food poisoning after eating the chicken here, vomiting all night and ended up in the ER.");

  /** Praise: fine for the default model. */
  public static final List<String> FINE = List.of(
      "Délicieux repas, service rapide et souriant, je recommande vivement ce restaurant.",
      "Great brunch, friendly staff and excellent coffee. Will come back!");

  private SampleReviews() {}

  public static Review review(String reviewId, String establishmentId, String department, String text,
      Instant eventTime) {
    return Review.newBuilder()
        .setReviewId(reviewId)
        .setEstablishmentId(establishmentId)
        .setEstablishmentName("Restaurant " + establishmentId)
        .setAddress("12 rue de la République")
        .setDepartment(department)
        .setPlatform("google")
        .setText(text)
        .setRating(1.0)
        .setEventTime(eventTime)
        .build();
  }

  /** Single-object encoding, as on the feed topics. */
  public static byte[] encoded(Review review) {
    return CODEC.encode(review);
  }
}
