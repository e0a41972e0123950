package fr.sentinelle.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.Review;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark fixtures build, and build the same way every time (benchmarks never run in the build). */
class BenchmarkFixturesTest {

  @Test
  void seedReviewsAreTheWholeCorpusInAFixedOrder() {
    List<SeedReviews.Text> texts = SeedReviews.load();
    assertEquals(386, texts.size());
    assertEquals(texts, SeedReviews.load());
    Set<String> languages = texts.stream().map(SeedReviews.Text::language).collect(Collectors.toSet());
    assertEquals(Set.of("fr", "en"), languages);
  }

  @Test
  void sampleRecordsRoundTripThroughTheirCodecs() throws Exception {
    List<SeedReviews.Text> texts = SeedReviews.load();
    Review review = SampleRecords.review(0, texts.get(0));
    AvroCodec<Review> reviews = AvroCodec.of(Review.class);
    assertEquals(review, reviews.decode(reviews.encode(review)));
    Alert alert = SampleRecords.alert(texts);
    AvroCodec<Alert> alerts = AvroCodec.of(Alert.class);
    assertEquals(alert, alerts.decode(alerts.encode(alert)));
    assertEquals(3, alert.getEvidence().size());
  }

  @Test
  void textCycleWrapsAround() {
    List<SeedReviews.Text> texts = List.of(new SeedReviews.Text("a", "fr"), new SeedReviews.Text("b", "en"));
    TextCycle cycle = new TextCycle(texts);
    String[] seen = {cycle.next().text(), cycle.next().text(), cycle.next().text()};
    assertArrayEquals(new String[] {"a", "b", "a"}, seen);
  }
}
