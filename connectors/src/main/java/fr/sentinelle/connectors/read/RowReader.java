package fr.sentinelle.connectors.read;

import java.io.Closeable;
import java.io.IOException;

/** Reads a feed file record by record; a bad record is a {@link Row} with errors, never an exception. */
public interface RowReader extends Closeable {
  /** The next record, or null at the end of the file. */
  Row next() throws IOException;

  /** True when values are text to be parsed (CSV), false when they carry JSON types. */
  boolean textual();
}
