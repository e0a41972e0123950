package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.validate.FeedValidator;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
  private static final Instant T = Instant.parse("2026-11-29T00:00:00Z");
  private static final ReviewTexts TEXTS = ReviewTexts.seedCorpus();

  @Test
  void theSeedCorpusHasBothKindsOfText() {
    assertTrue(TEXTS.risky().size() > 50, "risky texts: " + TEXTS.risky().size());
    assertTrue(TEXTS.benign().size() > 50, "benign texts: " + TEXTS.benign().size());
  }

  @Test
  void sameSeedSameMessages() {
    ReviewLoad a = new ReviewLoad(TEXTS, 0.2, 10, "l-", 7);
    ReviewLoad b = new ReviewLoad(TEXTS, 0.2, 10, "l-", 7);
    for (int i = 0; i < 100; i++) {
      LoadGenerator.Message ma = a.next(i, T.plusMillis(i));
      LoadGenerator.Message mb = b.next(i, T.plusMillis(i));
      assertArrayEquals(ma.value(), mb.value());
      assertArrayEquals(ma.key(), mb.key());
    }
  }

  @Test
  void reviewsAreValidNamedByTheirSequenceAndMixedAsAsked() throws Exception {
    ReviewLoad load = new ReviewLoad(TEXTS, 0.2, 50, "l-", 11);
    Set<String> risky = new HashSet<>();
    TEXTS.risky().forEach(t -> risky.add(t.text()));
    Set<String> establishments = new HashSet<>();
    int riskyCount = 0;
    AvroCodec<Review> codec = AvroCodec.of(Review.class);
    for (int i = 0; i < 2000; i++) {
      Review review = codec.decode(load.next(i, T).value());
      assertEquals("l-" + i, review.getReviewId().toString());
      assertEquals(i, LoadGenerator.sequenceOf("l-", review.getReviewId().toString()));
      assertEquals(java.util.List.of(), FeedValidator.violations(review, T.plusSeconds(1)));
      establishments.add(review.getEstablishmentId().toString());
      riskyCount += risky.contains(review.getText().toString()) ? 1 : 0;
    }
    assertEquals(50, establishments.size());
    assertTrue(riskyCount > 340 && riskyCount < 460, "risky reviews: " + riskyCount);
    assertEquals(-1, LoadGenerator.sequenceOf("l-", "b-12"));
    assertEquals(-1, LoadGenerator.sequenceOf("l-", "l-e12"));
  }
}
