package fr.sentinelle.avro.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Earlier versions of each schema, kept as resources so today's readers still read yesterday's
 * messages.
 *
 * <p>When a schema changes, copy its previous .avsc to
 * {@code src/main/resources/fr/sentinelle/avro/history/<Name>-v<N>.avsc} (the file must be
 * self-contained: named types it uses defined inline). Versions are numbered from 1 upwards.
 */
public final class SchemaHistory {
  private static final String DIRECTORY = "/fr/sentinelle/avro/history/";
  private static final int MAX_VERSIONS = 1000;

  private SchemaHistory() {}

  /** Every stored version of {@code current}'s record whose fingerprint differs from current. */
  public static List<Schema> olderVersionsOf(Schema current) {
    long currentFingerprint = SchemaNormalization.parsingFingerprint64(current);
    List<Schema> older = new ArrayList<>();
    for (int version = 1; version <= MAX_VERSIONS; version++) {
      String resource = DIRECTORY + current.getName() + "-v" + version + ".avsc";
      try (InputStream in = SchemaHistory.class.getResourceAsStream(resource)) {
        if (in == null) {
          break;
        }
        Schema schema = new Schema.Parser().parse(in);
        if (SchemaNormalization.parsingFingerprint64(schema) != currentFingerprint) {
          older.add(schema);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema history " + resource, e);
      }
    }
    return older;
  }
}
