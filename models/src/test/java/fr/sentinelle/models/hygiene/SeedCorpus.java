package fr.sentinelle.models.hygiene;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The seed corpus shipped in the models jar, as a file path for the trainer. */
final class SeedCorpus {
  private SeedCorpus() {}

  static Path path() {
    try {
      return Path.of(SeedCorpus.class.getResource("/seed/restaurant-hygiene/reviews.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
