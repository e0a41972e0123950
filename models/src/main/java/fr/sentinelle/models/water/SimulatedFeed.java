package fr.sentinelle.models.water;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.sentinelle.models.train.ModelMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes simulated stations as files the project reads: a GECCO-shaped labelled CSV of one station
 * (training, {@code publish --station}) or JSON Lines of WaterReadings of several stations
 * interleaved in time order (the demo feed; the EVENT label is not part of a reading).
 */
public final class SimulatedFeed {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  /** Feed units of the GECCO columns (the same as the publisher's). */
  private static final List<String> UNITS = List.of("Cel", "mg/L", "[pH]", "mV", "uS/cm", "NTU", "mg/L", "m3/h", "m3/h");

  /** A simulated station of the demo feed. */
  public record Station(String id, String department, List<SimulatedStation.Minute> minutes) {}

  private static final com.fasterxml.jackson.databind.ObjectWriter ONE_LINE =
      ModelMetadata.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private SimulatedFeed() {}

  public static Path writeCsv(Path file, List<SimulatedStation.Minute> minutes) throws IOException {
    try (PrintWriter w = writer(file)) {
      w.println("Time," + String.join(",", SimulatedStation.COLUMNS) + ",EVENT");
      for (SimulatedStation.Minute m : minutes) {
        StringBuilder line = new StringBuilder(TIME.format(Instant.ofEpochMilli(m.time())));
        for (double v : m.values()) {
          line.append(',').append(Double.isNaN(v) ? "" : format(v));
        }
        w.println(line.append(',').append(m.event() ? "TRUE" : "FALSE"));
      }
    }
    return file;
  }

  /** Readings of every station, minute by minute; a station's missing value is a null value. */
  public static Path writeJsonLines(Path file, List<Station> stations) throws IOException {
    int minutes = stations.stream().mapToInt(s -> s.minutes().size()).max().orElse(0);
    try (PrintWriter w = writer(file)) {
      for (int t = 0; t < minutes; t++) {
        for (Station s : stations) {
          if (t < s.minutes().size()) {
            w.println(ONE_LINE.writeValueAsString(reading(s, s.minutes().get(t))));
          }
        }
      }
    }
    return file;
  }

  private static ObjectNode reading(Station s, SimulatedStation.Minute m) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("stationId", s.id());
    r.put("department", s.department());
    r.put("eventTime", Instant.ofEpochMilli(m.time()).toString());
    ArrayNode measurements = r.putArray("measurements");
    for (int p = 0; p < SimulatedStation.COLUMNS.size(); p++) {
      ObjectNode one = measurements.addObject();
      one.put("parameter", WaterParameters.feedName(SimulatedStation.COLUMNS.get(p)));
      if (Double.isNaN(m.values()[p])) {
        one.putNull("value");
      } else {
        one.put("value", m.values()[p]);
      }
      one.put("unit", UNITS.get(p));
    }
    return r;
  }

  private static String format(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static PrintWriter writer(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    OutputStream raw = Files.newOutputStream(file);
    OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }
}
