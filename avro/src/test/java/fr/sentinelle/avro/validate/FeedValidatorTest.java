package fr.sentinelle.avro.validate;

import static fr.sentinelle.avro.validate.ValidRecords.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.common.SourceRef;
import fr.sentinelle.avro.feed.Review;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules shared by every feed, exercised on reviews; feed-specific rules are in FeedRulesTest. */
class FeedValidatorTest {

  static List<SpecificRecord> validRecords() {
    return List.of(ValidRecords.review(), ValidRecords.water(), ValidRecords.scene(),
        ValidRecords.call(), ValidRecords.letter(), ValidRecords.medical());
  }

  @ParameterizedTest
  @MethodSource("validRecords")
  void validRecordOfEveryFeedHasNoViolation(SpecificRecord record) {
    assertEquals(List.of(), FeedValidator.violations(record, NOW));
  }

  @Test
  void nullableFieldsMayBeAbsent() {
    Review review = Review.newBuilder().setReviewId("r").setEstablishmentId("e").setPlatform("yelp")
        .setText("ok").setEventTime(ValidRecords.EVENT).build();
    assertEquals(List.of(), FeedValidator.violations(review, NOW));
  }

  @Test
  void ids() {
    assertEquals(List.of("reviewId: missing"), review(r -> r.setReviewId(null)));
    assertEquals(List.of("reviewId: blank"), review(r -> r.setReviewId("  ")));
    assertEquals(List.of("establishmentId: too long (257 chars, max 256)"),
        review(r -> r.setEstablishmentId("e".repeat(257))));
    assertEquals(List.of(), review(r -> r.setEstablishmentId("e".repeat(256))));
    assertEquals(List.of("reviewId: contains control characters"), review(r -> r.setReviewId("a\nb")));
  }

  @Test
  void text() {
    assertEquals(List.of("text: missing"), review(r -> r.setText(null)));
    assertEquals(List.of("text: blank"), review(r -> r.setText("\n\t ")));
    assertEquals(List.of(), review(r -> r.setText("x".repeat(FeedValidator.MAX_TEXT_CHARS))));
    assertEquals(List.of("text: too long (100001 chars, max 100000)"),
        review(r -> r.setText("x".repeat(FeedValidator.MAX_TEXT_CHARS + 1))));
  }

  @Test
  void tooLargeIsToldApartFromOtherViolations() {
    Review big = ValidRecords.review();
    big.setText("x".repeat(FeedValidator.MAX_TEXT_CHARS + 1));
    assertTrue(FeedValidator.isTooLarge(big));
    assertFalse(FeedValidator.isTooLarge(ValidRecords.review()));
    assertFalse(FeedValidator.isTooLarge(ValidRecords.water()));
  }

  @Test
  void labels() {
    assertEquals(List.of("platform: missing"), review(r -> r.setPlatform(null)));
    assertEquals(List.of("establishmentName: blank"), review(r -> r.setEstablishmentName("")));
    assertEquals(List.of("address: too long (1001 chars, max 1000)"), review(r -> r.setAddress("a".repeat(1001))));
  }

  @Test
  void department() {
    assertEquals(List.of(), review(r -> r.setDepartment(null)));
    assertEquals(List.of("department: 'unknown' is not a French department code (01-95, 2A, 2B, 971-976)"),
        review(r -> r.setDepartment("unknown")));
    assertEquals(List.of("department: '20' is not a French department code (01-95, 2A, 2B, 971-976)"),
        review(r -> r.setDepartment("20")));
  }

  @Test
  void language() {
    assertEquals(List.of(), review(r -> r.setLanguage("en")));
    assertEquals(List.of("language: 'French' is not an ISO 639 code such as fr or en"),
        review(r -> r.setLanguage("French")));
    assertEquals(List.of(), review(r -> r.setLanguage("fra")));
    for (String notACode : List.of("f", "FR", "fr1", "frab", "é", "")) {
      assertEquals(List.of("language: '" + notACode + "' is not an ISO 639 code such as fr or en"),
          review(r -> r.setLanguage(notACode)), notACode);
    }
  }

  @Test
  void coordinates() {
    assertEquals(List.of("location.latitude: 90.5 is out of range [-90.0, 90.0]"),
        review(r -> r.setLocation(new GeoPoint(90.5, 2.0))));
    assertEquals(List.of("location.longitude: -180.1 is out of range [-180.0, 180.0]"),
        review(r -> r.setLocation(new GeoPoint(45.0, -180.1))));
    assertEquals(List.of("location.latitude: not a finite number (NaN)",
            "location.longitude: not a finite number (Infinity)"),
        review(r -> r.setLocation(new GeoPoint(Double.NaN, Double.POSITIVE_INFINITY))));
  }

  @Test
  void rating() {
    assertEquals(List.of(), review(r -> r.setRating(0.0)));
    assertEquals(List.of(), review(r -> r.setRating(5.0)));
    assertEquals(List.of(), review(r -> r.setRating(null)));
    assertEquals(List.of("rating: 5.5 is out of range [0.0, 5.0]"), review(r -> r.setRating(5.5)));
    assertEquals(List.of("rating: -1.0 is out of range [0.0, 5.0]"), review(r -> r.setRating(-1.0)));
    assertEquals(List.of("rating: not a finite number (NaN)"), review(r -> r.setRating(Double.NaN)));
  }

  @Test
  void eventTime() {
    assertEquals(List.of("eventTime: missing"), review(r -> r.put("eventTime", null)));
    assertEquals(List.of(), review(r -> r.setEventTime(FeedValidator.EARLIEST)));
    assertEquals(List.of("eventTime: 1999-12-31T23:59:59Z is before 2000-01-01T00:00:00Z"),
        review(r -> r.setEventTime(Instant.parse("1999-12-31T23:59:59Z"))));
    assertEquals(List.of(), review(r -> r.setEventTime(NOW.plus(Duration.ofDays(1)))));
    assertEquals(List.of("eventTime: 2026-11-21T12:00:01Z is more than 24h in the future"),
        review(r -> r.setEventTime(NOW.plus(Duration.ofDays(1)).plusSeconds(1))));
  }

  @Test
  void clockOverloadAndSystemClock() {
    Review nextWeek = ValidRecords.review();
    nextWeek.setEventTime(NOW.plus(Duration.ofDays(7)));
    assertEquals(1, FeedValidator.violations(nextWeek, Clock.fixed(NOW, ZoneOffset.UTC)).size());
    assertEquals(List.of(), FeedValidator.violations(nextWeek, Clock.fixed(NOW.plus(Duration.ofDays(7)), ZoneOffset.UTC)));
    // 2026-11-19 is in the past for the system clock of any run of this test.
    assertEquals(List.of(), FeedValidator.violations(ValidRecords.review()));
  }

  @Test
  void reportsEveryViolationInFieldOrder() {
    Review bad = new Review("", null, null, null, "2a", null, "google", null, "", 7.0, Instant.EPOCH);
    assertEquals(List.of("reviewId: blank", "establishmentId: missing",
            "department: '2a' is not a French department code (01-95, 2A, 2B, 971-976)",
            "text: blank", "rating: 7.0 is out of range [0.0, 5.0]",
            "eventTime: 1970-01-01T00:00:00Z is before 2000-01-01T00:00:00Z"),
        FeedValidator.violations(bad, NOW));
  }

  @Test
  void nullAndNonFeedRecords() {
    assertEquals(List.of("record: missing"), FeedValidator.violations(null, NOW));
    assertThrows(IllegalArgumentException.class,
        () -> FeedValidator.violations(new SourceRef("t", 0, 0L, null), NOW));
  }

  private static List<String> review(Consumer<Review> change) {
    Review review = ValidRecords.review();
    change.accept(review);
    return FeedValidator.violations(review, NOW);
  }
}
