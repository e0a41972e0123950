package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RejectTooOldTest {
  private static final Instant WATERMARK = Instant.parse("2025-06-01T00:00:00Z");
  private static final Duration MAX_AGE = Duration.ofDays(30);

  private OneInputStreamOperatorTestHarness<Sourced<Review>, Sourced<Review>> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new RejectTooOld<>("restaurant-hygiene",
        Review.class, r -> r.getReviewId(), MAX_AGE, Clock.fixed(WATERMARK, ZoneOffset.UTC))));
    harness.open();
    harness.processWatermark(WATERMARK.toEpochMilli());
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void send(String id, Instant eventTime) throws Exception {
    Review review = TestReviews.review(id, "e-1", "75", TestReviews.FINE[0], eventTime);
    byte[] bytes = TestReviews.encoded(review);
    harness.processElement(new Sourced<>(new FeedMessage("t", 0, 5, 0L, bytes), review), eventTime.toEpochMilli());
  }

  private List<String> passedIds() {
    return harness.extractOutputValues().stream().map(s -> s.record.getReviewId()).toList();
  }

  @Test
  void onTimeAndLateButRecentRecordsPass() throws Exception {
    send("on-time", WATERMARK.plusSeconds(60));
    send("late-1h", WATERMARK.minus(Duration.ofHours(1)));
    send("late-29d", WATERMARK.minus(Duration.ofDays(29)));
    assertEquals(List.of("on-time", "late-1h", "late-29d"), passedIds());
    assertNull(harness.getSideOutput(DeadLetters.REJECTED));
  }

  @Test
  void recordsOlderThanTheMaxAgeBehindTheWatermarkAreDeadLettersWithTheirBytes() throws Exception {
    send("too-old", WATERMARK.minus(Duration.ofDays(30)));
    assertEquals(List.of(), passedIds());
    DeadLetter dead = harness.getSideOutput(DeadLetters.REJECTED).peek().getValue();
    assertEquals(RejectReason.LATE, dead.getReasonCode());
    assertEquals("too-old", dead.getSource().getRecordId());
    assertEquals(5, dead.getSource().getOffset());
    byte[] expected = TestReviews.encoded(TestReviews.review("too-old", "e-1", "75", TestReviews.FINE[0],
        WATERMARK.minus(Duration.ofDays(30))));
    byte[] payload = new byte[dead.getPayload().remaining()];
    dead.getPayload().duplicate().get(payload);
    assertArrayEquals(expected, payload);
  }
}
