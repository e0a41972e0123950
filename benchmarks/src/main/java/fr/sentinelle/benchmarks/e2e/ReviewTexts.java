package fr.sentinelle.benchmarks.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The review texts of the load: the models module's seed corpus (French and English, written by
 * the project, in the models jar), split by its label so the load's share of risky reviews is chosen.
 */
public record ReviewTexts(List<Text> risky, List<Text> benign) {
  public static final String RESOURCE = "seed/restaurant-hygiene/reviews.csv";

  /** One text, its language and whether it reports food poisoning. */
  public record Text(String text, String language) {}

  public static ReviewTexts seedCorpus() {
    InputStream in = ReviewTexts.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("no seed corpus at " + RESOURCE + " on the classpath (models jar)");
    }
    List<Text> risky = new ArrayList<>();
    List<Text> benign = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        Text text = new Text(row.get("review_text"), row.get("language"));
        ("1".equals(row.get("is_foodborne")) ? risky : benign).add(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new ReviewTexts(List.copyOf(risky), List.copyOf(benign));
  }
}
