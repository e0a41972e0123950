package fr.sentinelle.jobs.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.jobs.common.FeedMessage;
import fr.sentinelle.jobs.common.Sourced;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring with the real default model packaged in the models jar. */
class ScoreReviewTest {

  private static Sourced<Review> sourced(String id, String text, long offset) {
    Review review = TestReviews.review(id, "e-1", "75", text, Reviews.T0);
    return new Sourced<>(new FeedMessage("sentinelle.feed.reviews", 1, offset, 0L, TestReviews.encoded(review)),
        review);
  }

  @Test
  void sickReviewsAreRiskyAndOrdinaryOnesAreNot() throws Exception {
    var harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(
        new ScoreReview(ModelRef.parse("default"), null, Clock.systemUTC())));
    harness.open();
    harness.processElement(sourced("sick", TestReviews.SICK[1], 11), Reviews.T0.toEpochMilli());
    harness.processElement(sourced("fine", TestReviews.FINE[0], 12), Reviews.T0.toEpochMilli());
    List<ScoredReview> out = harness.extractOutputValues();
    harness.close();

    assertEquals(2, out.size());
    ScoredReview sick = out.get(0);
    assertTrue(sick.risky());
    assertTrue(sick.score() > 0.9, "score " + sick.score());
    assertTrue(sick.modelVersion().startsWith("restaurant-hygiene-"), sick.modelVersion());
    assertEquals("e-1", sick.establishmentId());
    assertEquals(11, sick.offset());
    assertEquals(1, sick.partition());
    assertEquals(Reviews.T0.toEpochMilli(), sick.eventTime());
    assertFalse(out.get(1).risky());
    assertTrue(out.get(1).score() < 0.3, "score " + out.get(1).score());
  }

  @Test
  void aThresholdOverrideDecidesWhatIsRisky() throws Exception {
    var harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(
        new ScoreReview(ModelRef.parse("default"), 0.0, Clock.systemUTC())));
    harness.open();
    harness.processElement(sourced("fine", TestReviews.FINE[0], 1), 0L);
    assertTrue(harness.extractOutputValues().get(0).risky());
    harness.close();
  }

  @Test
  void aMissingModelDirectoryFailsAtStartNotPerRecord(@TempDir Path empty) {
    var harness = new ScoreReview(ModelRef.parse(empty.toString()), null, Clock.systemUTC());
    try (var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(harness))) {
      Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, h::open);
      assertTrue(String.valueOf(e.getMessage()).contains("not a model directory")
          || String.valueOf(e.getCause()).contains("not a model directory"), String.valueOf(e));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
