package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodeAndValidateTest {
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant EVENT = Instant.parse("2025-05-20T19:30:00Z");
  private static final int MAX_BYTES = 256 * 1024;

  private OneInputStreamOperatorTestHarness<FeedMessage, Sourced<Review>> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new DecodeAndValidate<>(
        "restaurant-hygiene", Review.class, "reviewId", RecordValidator.feedRules(), MAX_BYTES,
        Clock.fixed(NOW, ZoneOffset.UTC))));
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static FeedMessage message(long offset, byte[] value) {
    return new FeedMessage("sentinelle.feed.reviews", 1, offset, 0L, value);
  }

  private DeadLetter onlyDeadLetter() {
    assertTrue(harness.extractOutputValues().isEmpty(), "nothing should pass");
    var rejected = harness.getSideOutput(DeadLetters.REJECTED);
    assertEquals(1, rejected.size());
    return rejected.peek().getValue();
  }

  private static Review valid() {
    return TestReviews.review("r-1", "e-1", "75", TestReviews.FINE[0], EVENT);
  }

  @Test
  void aValidReviewPassesWithItsSource() throws Exception {
    harness.processElement(message(7, TestReviews.encoded(valid())), 0L);
    List<Sourced<Review>> out = harness.extractOutputValues();
    assertEquals(1, out.size());
    assertEquals(valid(), out.get(0).record);
    assertEquals(7, out.get(0).message.offset());
    assertNull(harness.getSideOutput(DeadLetters.REJECTED));
  }

  @Test
  void randomBytesAreUndecodable() throws Exception {
    byte[] garbage = new byte[200];
    new Random(42).nextBytes(garbage);
    harness.processElement(message(3, garbage), 0L);
    DeadLetter dead = onlyDeadLetter();
    assertEquals(RejectReason.UNDECODABLE, dead.getReasonCode());
    assertEquals("restaurant-hygiene", dead.getDetector());
    assertEquals(3, dead.getSource().getOffset());
    assertEquals(1, dead.getSource().getPartition());
    assertNull(dead.getSource().getRecordId());
    assertArrayEquals(garbage, bytes(dead.getPayload()));
    assertEquals(200, dead.getPayloadSize());
    assertEquals(NOW, dead.getRejectedAt());
  }

  @Test
  void anEmptyOrNullMessageIsUndecodable() throws Exception {
    harness.processElement(message(1, new byte[0]), 0L);
    harness.processElement(message(2, null), 0L);
    var rejected = harness.getSideOutput(DeadLetters.REJECTED);
    assertEquals(2, rejected.size());
    rejected.forEach(r -> assertEquals(RejectReason.UNDECODABLE, r.getValue().getReasonCode()));
  }

  @Test
  void aTruncatedMessageIsUndecodable() throws Exception {
    byte[] whole = TestReviews.encoded(valid());
    harness.processElement(message(1, Arrays.copyOf(whole, whole.length / 2)), 0L);
    assertEquals(RejectReason.UNDECODABLE, onlyDeadLetter().getReasonCode());
  }

  @Test
  void anUnknownSchemaFingerprintIsReported() throws Exception {
    byte[] whole = TestReviews.encoded(valid());
    for (int i = 2; i < 10; i++) {
      whole[i] = (byte) ~whole[i]; // header bytes 2..9 are the schema fingerprint
    }
    harness.processElement(message(1, whole), 0L);
    assertEquals(RejectReason.UNKNOWN_SCHEMA, onlyDeadLetter().getReasonCode());
  }

  @Test
  void aDecodedReviewBreakingTheRulesIsInvalidWithTheFieldNamed() throws Exception {
    Review blank = TestReviews.review("r-9", "e-1", "999", " ", EVENT);
    harness.processElement(message(1, TestReviews.encoded(blank)), 0L);
    DeadLetter dead = onlyDeadLetter();
    assertEquals(RejectReason.INVALID, dead.getReasonCode());
    assertEquals("r-9", dead.getSource().getRecordId());
    assertTrue(dead.getReason().contains("text"), dead.getReason());
    assertTrue(dead.getReason().contains("department"), dead.getReason());
  }

  @Test
  void anEventTimeInTheFutureIsInvalid() throws Exception {
    Review future = TestReviews.review("r-2", "e-1", "75", TestReviews.FINE[0], NOW.plusSeconds(3 * 86_400));
    harness.processElement(message(1, TestReviews.encoded(future)), 0L);
    DeadLetter dead = onlyDeadLetter();
    assertEquals(RejectReason.INVALID, dead.getReasonCode());
    assertTrue(dead.getReason().startsWith("eventTime"), dead.getReason());
  }

  @Test
  void aTenMegabyteReviewIsTooLargeAndItsPayloadIsTruncated() throws Exception {
    char[] text = new char[10 * 1024 * 1024];
    Arrays.fill(text, 'a');
    byte[] huge = TestReviews.encoded(TestReviews.review("r-big", "e-1", "75", new String(text), EVENT));
    harness.processElement(message(1, huge), 0L);
    DeadLetter dead = onlyDeadLetter();
    assertEquals(RejectReason.TOO_LARGE, dead.getReasonCode());
    assertEquals(huge.length, dead.getPayloadSize());
    assertArrayEquals(Arrays.copyOf(huge, DeadLetters.MAX_PAYLOAD_BYTES), bytes(dead.getPayload()));
  }

  @Test
  void aTextOverTheValidatorLimitInsideASmallEnoughMessageIsTooLarge() throws Exception {
    char[] text = new char[150_000];
    Arrays.fill(text, 'b');
    Review review = TestReviews.review("r-long", "e-1", "75", new String(text), EVENT);
    harness.processElement(message(1, TestReviews.encoded(review)), 0L);
    DeadLetter dead = onlyDeadLetter();
    assertEquals(RejectReason.TOO_LARGE, dead.getReasonCode());
    assertEquals("r-long", dead.getSource().getRecordId());
  }

  @Test
  void aFailingValidatorBecomesADeadLetterNotACrash() throws Exception {
    var failing = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new DecodeAndValidate<Review>(
        "restaurant-hygiene", Review.class, "reviewId", (r, now) -> {
          throw new IllegalStateException("rule bug");
        }, MAX_BYTES, Clock.fixed(NOW, ZoneOffset.UTC))));
    failing.open();
    failing.processElement(message(1, TestReviews.encoded(valid())), 0L);
    DeadLetter dead = failing.getSideOutput(DeadLetters.REJECTED).peek().getValue();
    assertEquals(RejectReason.OTHER, dead.getReasonCode());
    assertEquals("r-1", dead.getSource().getRecordId());
    failing.close();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
