package fr.sentinelle.connectors.read;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats integrators may publish. */
public enum InputFormat {
  CSV, JSONL;

  /** Tells the format from the file name (.csv, .jsonl, .ndjson, .json; each optionally .gz). */
  public static InputFormat fromFileName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    throw new InputFormatException("cannot tell the format of " + file.getFileName()
        + " from its extension (.csv, .jsonl, optionally .gz): give --format csv or --format jsonl");
  }
}
