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

/**
 * The demo's review feed, moved in time so that its last review is "now": the risk windows of the
 * job then cover the feed as they would a live one, whatever day the demo runs.
 */
final class DemoFeed {
  static final String RESOURCE = "/demo/reviews.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoFeed() {}

  /** Writes the demo feed, in event-time order and shifted to end at {@code now}, to {@code target}. */
  static int writeShifted(Instant now, Path target) throws IOException {
    List<ObjectNode> reviews = read();
    Instant last = reviews.stream().map(DemoFeed::eventTime).max(Comparator.naturalOrder())
        .orElseThrow(() -> new IOException("the demo feed is empty"));
    Duration shift = Duration.between(last, now);
    reviews.sort(Comparator.comparing(DemoFeed::eventTime));
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (ObjectNode review : reviews) {
        review.put("eventTime", eventTime(review).plus(shift).toString());
        out.write(JSON.writeValueAsString(review));
        out.newLine();
      }
    }
    return reviews.size();
  }

  private static List<ObjectNode> read() throws IOException {
    List<ObjectNode> reviews = new ArrayList<>();
    try (InputStream in = DemoFeed.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is not on the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          reviews.add((ObjectNode) JSON.readTree(line));
        }
      }
    }
    return reviews;
  }

  private static Instant eventTime(ObjectNode review) {
    var value = review.get("eventTime");
    return value.isNumber() ? Instant.ofEpochMilli(value.asLong()) : Instant.parse(value.asText());
  }
}
