package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.state.EstablishmentDetails;
import fr.sentinelle.avro.state.EstablishmentRiskState;
import fr.sentinelle.avro.state.RiskyReview;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;

/**
 * What the per-establishment risk state keeps of a scored review: the review itself (for the
 * count, severity and evidence) and, once per establishment, its details (for the alert's subject).
 * Splitting them keeps the name, address and model version out of every stored review, and Avro
 * types make checkpoints of large states cheap (see {@link RiskyReview}'s schema).
 */
final class RiskyReviews {
  static final TypeInformation<EstablishmentRiskState> STATE_TYPE = new AvroTypeInfo<>(EstablishmentRiskState.class);

  /** Order of reviews in the evidence: by event time, then id. */
  static final Comparator<RiskyReview> CHRONOLOGICAL =
      Comparator.comparingLong(RiskyReview::getEventTime).thenComparing(RiskyReview::getReviewId);

  private RiskyReviews() {}

  /** Whether a review of this id is kept (a linear scan: an establishment has few risky reviews in a period). */
  static boolean containsId(List<RiskyReview> reviews, String reviewId) {
    for (RiskyReview kept : reviews) {
      if (kept.getReviewId().equals(reviewId)) {
        return true;
      }
    }
    return false;
  }

  /** Inserts {@code review} into {@code reviews}, which are in {@link #CHRONOLOGICAL} order, keeping that order. */
  static void insertChronologically(List<RiskyReview> reviews, RiskyReview review) {
    int position = Collections.binarySearch(reviews, review, CHRONOLOGICAL);
    reviews.add(position >= 0 ? position : -position - 1, review);
  }

  static RiskyReview of(ScoredReview review) {
    return new RiskyReview(review.reviewId(), review.eventTime(), review.score(), review.platform(),
        review.excerpt() == null ? "" : review.excerpt(), review.partition(), review.offset());
  }

  /**
   * The details with this review's taken into account: each field becomes the newest (by event
   * time) non-blank value, so a review arriving late never replaces what a newer one said, but
   * still fills a field nothing else gave.
   */
  static EstablishmentDetails merge(EstablishmentDetails known, ScoredReview review) {
    GeoPoint location = review.latitude() == null || review.longitude() == null ? null
        : new GeoPoint(review.latitude(), review.longitude());
    if (known == null) {
      return new EstablishmentDetails(blankToNull(review.establishmentName()), blankToNull(review.address()),
          blankToNull(review.department()), location, review.eventTime());
    }
    boolean newer = review.eventTime() >= known.getAsOf();
    return new EstablishmentDetails(
        pick(newer, blankToNull(review.establishmentName()), known.getName()),
        pick(newer, blankToNull(review.address()), known.getAddress()),
        pick(newer, blankToNull(review.department()), known.getDepartment()),
        pick(newer, location, known.getLocation()),
        Math.max(known.getAsOf(), review.eventTime()));
  }

  private static <T> T pick(boolean newer, T incoming, T known) {
    if (incoming == null) {
      return known;
    }
    return newer || known == null ? incoming : known;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
