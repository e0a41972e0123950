package fr.sentinelle.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The demo's feeds, moved in time so that their last record is "now": the jobs' windows then cover
 * the feed as they would a live one, whatever day the demo runs.
 */
final class DemoFeed {
  /** Fictitious reviews written for the demo (see demo/README.md). */
  static final String REVIEWS = "/demo/reviews.jsonl";
  /** Readings of four simulated stations in departments 35 and 29, with six events (see demo/README.md). */
  static final String WATER = "/demo/water.jsonl.gz";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoFeed() {}

  /** Writes the demo reviews, in event-time order and shifted to end at {@code now}, to {@code target}. */
  static int writeShifted(Instant now, Path target) throws IOException {
    return writeShifted(REVIEWS, now, target);
  }

  /** Writes a demo feed resource, in event-time order and shifted to end at {@code now}, to {@code target}. */
  static int writeShifted(String resource, Instant now, Path target) throws IOException {
    List<ObjectNode> records = read(resource);
    Instant last = records.stream().map(DemoFeed::eventTime).max(Comparator.naturalOrder())
        .orElseThrow(() -> new IOException("the demo feed is empty"));
    Duration shift = Duration.between(last, now);
    records.sort(Comparator.comparing(DemoFeed::eventTime));
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (ObjectNode record : records) {
        record.put("eventTime", eventTime(record).plus(shift).toString());
        out.write(JSON.writeValueAsString(record));
        out.newLine();
      }
    }
    return records.size();
  }

  private static List<ObjectNode> read(String resource) throws IOException {
    List<ObjectNode> records = new ArrayList<>();
    try (InputStream raw = DemoFeed.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IOException(resource + " is not on the classpath");
      }
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          records.add((ObjectNode) JSON.readTree(line));
        }
      }
    }
    return records;
  }

  private static Instant eventTime(ObjectNode record) {
    var value = record.get("eventTime");
    return value.isNumber() ? Instant.ofEpochMilli(value.asLong()) : Instant.parse(value.asText());
  }
}
