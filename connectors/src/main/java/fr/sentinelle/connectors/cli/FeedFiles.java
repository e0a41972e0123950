package fr.sentinelle.connectors.cli;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.connectors.water.GeccoColumns;
import fr.sentinelle.connectors.water.GeccoCsvReader;
import fr.sentinelle.connectors.map.RecordMapper;
import fr.sentinelle.connectors.map.Schemas;
import fr.sentinelle.connectors.read.CsvReader;
import fr.sentinelle.connectors.read.InputFiles;
import fr.sentinelle.connectors.read.InputFormat;
import fr.sentinelle.connectors.read.InputFormatException;
import fr.sentinelle.connectors.read.JsonLinesReader;
import fr.sentinelle.connectors.read.RowReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/** Opens a feed file with the reader of its format, checking a CSV header against the feed's schema first. */
final class FeedFiles {
  private FeedFiles() {}

  /**
   * @param station the station and department of a water sensor CSV (GECCO shape), which has no
   *     such columns; null for every other file
   */
  static RowReader open(Path file, InputFormat format, Schema schema, AtomicLong bytesRead, PrintWriter err,
      WaterStation station) throws IOException {
    InputStream in = InputFiles.open(file, bytesRead);
    if (format == InputFormat.JSONL) {
      return new JsonLinesReader(in);
    }
    try {
      CsvReader csv = new CsvReader(in);
      if (schema.getFullName().equals(WaterReading.getClassSchema().getFullName()) && GeccoColumns.recognises(csv.header())) {
        return new GeccoCsvReader(csv, station == null ? null : station.id(), station == null ? null : station.department(), err);
      }
      checkColumns(csv.header(), schema, err);
      return csv;
    } catch (InputFormatException | IOException e) {
      in.close();
      throw e;
    }
  }

  /** The station a single-station sensor file is about. */
  record WaterStation(String id, String department) {}

  static RecordMapper mapper(Feed feed, RowReader rows) {
    return new RecordMapper(SpecificData.get().getSchema(feed.recordType()), rows.textual());
  }

  /** Missing required columns make the file unusable; unknown ones are only worth a warning. */
  static void checkColumns(List<String> header, Schema schema, PrintWriter err) {
    List<String> trimmed = header.stream().map(String::trim).toList();
    List<String> missing = Schemas.requiredColumns(schema).stream().filter(c -> !trimmed.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new InputFormatException("missing required columns: " + String.join(", ", missing)
          + " (the header has: " + String.join(", ", trimmed) + ")");
    }
    List<String> known = Schemas.knownColumns(schema);
    List<String> unknown = trimmed.stream().filter(c -> !known.contains(c)).toList();
    if (!unknown.isEmpty()) {
      err.println("warning: ignoring unknown columns: " + String.join(", ", unknown));
    }
  }
}
