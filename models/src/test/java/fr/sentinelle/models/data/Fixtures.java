package fr.sentinelle.models.data;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test fixtures under src/test/resources/fixtures. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test fixture " + name, e);
    }
  }
}
