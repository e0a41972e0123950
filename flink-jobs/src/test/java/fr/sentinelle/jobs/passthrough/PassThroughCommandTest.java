package fr.sentinelle.jobs.passthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PassThroughCommandTest {
  @Test
  void keysRecordsByTheFeedsSubjectAndNamesTheOutputAfterTheFeed() {
    var review = TestReviews.review("r-1", "e-42", "75", "ok", Instant.parse("2025-03-01T12:00:00Z"));
    assertEquals("e-42", PassThroughCommand.subjectOf(review, Feed.REVIEWS.subjectField()));
    assertEquals("sentinelle.pass-through.water", PassThroughCommand.defaultOutputTopic(Feed.WATER));
  }
}
