package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.feed.Review;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated reviews, the same for a given seed: texts from the seed corpus with a chosen share of
 * risky ones, spread over a given number of establishments in a few departments. Each review is
 * returned Avro-encoded, ready for the producer.
 */
public final class ReviewLoad implements LoadGenerator {
  private static final List<String> DEPARTMENTS = List.of("75", "69", "13", "59", "33", "31", "44", "67");
  private static final List<String> PLATFORMS = List.of("google", "tripadvisor", "yelp", "twitter");
  private static final AvroCodec<Review> CODEC = AvroCodec.of(Review.class);

  private final ReviewTexts texts;
  private final double riskyShare;
  private final int establishments;
  private final String prefix;
  private final SplittableRandom random;

  /**
   * @param prefix starts every review and establishment id, so loads of different phases never mix
   * @param riskyShare share of reviews whose text reports food poisoning
   */
  public ReviewLoad(ReviewTexts texts, double riskyShare, int establishments, String prefix, long seed) {
    if (establishments < 1) {
      throw new IllegalArgumentException("establishments must be at least 1, got " + establishments);
    }
    this.texts = texts;
    this.riskyShare = riskyShare;
    this.establishments = establishments;
    this.prefix = prefix;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public String prefix() {
    return prefix;
  }

  public Review review(long sequence, Instant eventTime) {
    boolean risky = random.nextDouble() < riskyShare;
    List<ReviewTexts.Text> pool = risky ? texts.risky() : texts.benign();
    ReviewTexts.Text text = pool.get(random.nextInt(pool.size()));
    int establishment = random.nextInt(establishments);
    String department = DEPARTMENTS.get(establishment % DEPARTMENTS.size());
    return Review.newBuilder()
        .setReviewId(LoadGenerator.id(prefix, sequence))
        .setEstablishmentId(prefix + "e" + establishment)
        .setEstablishmentName("Restaurant " + establishment)
        .setAddress(establishment + " rue de la République")
        .setDepartment(department)
        .setLocation(new GeoPoint(43.0 + (establishment % 500) / 100.0, 1.0 + (establishment % 700) / 100.0))
        .setPlatform(PLATFORMS.get(random.nextInt(PLATFORMS.size())))
        .setLanguage(text.language())
        .setText(text.text())
        .setRating(risky ? 1.0 : 1.0 + random.nextInt(5))
        .setEventTime(eventTime)
        .build();
  }

  @Override
  public Message next(long sequence, Instant eventTime) {
    Review review = review(sequence, eventTime);
    return new Message(review.getEstablishmentId().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        CODEC.encode(review));
  }
}
