package fr.sentinelle.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The review texts the benchmarks score: the models module's seed corpus (French and English,
 * shipped in the models jar), shuffled with a fixed seed so every run sees the same order.
 */
public final class SeedReviews {
  /** Where the models jar carries the seed corpus. */
  public static final String RESOURCE = "seed/restaurant-hygiene/reviews.csv";
  private static final long SHUFFLE_SEED = 20261128L;

  /** One review text and its language tag ("fr" or "en"). */
  public record Text(String text, String language) {}

  private SeedReviews() {}

  public static List<Text> load() {
    InputStream in = SeedReviews.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("no seed corpus at " + RESOURCE + " on the classpath (models jar)");
    }
    List<Text> texts = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        texts.add(new Text(row.get("review_text"), row.get("language")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Collections.shuffle(texts, new Random(SHUFFLE_SEED));
    return List.copyOf(texts);
  }
}
