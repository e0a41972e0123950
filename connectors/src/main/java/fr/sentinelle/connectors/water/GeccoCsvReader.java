package fr.sentinelle.connectors.water;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.sentinelle.connectors.read.CsvReader;
import fr.sentinelle.connectors.read.InputFormatException;
import fr.sentinelle.connectors.read.Row;
import fr.sentinelle.connectors.read.RowReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns each row of a GECCO-shaped sensor CSV (Time, Tp, Cl, pH, …, EVENT; one row a minute) into
 * a WaterReading row of one station given on the command line. Time is UTC clock time
 * ({@code yyyy-MM-dd HH:mm:ss}); an empty cell is a missing value (published as null: a sensor
 * gap, not an error); a cell that is not a finite number, or a negative turbidity, conductivity,
 * chlorine or pH, rejects the row with its reason; the
 * EVENT label and unknown columns are not published.
 */
public final class GeccoCsvReader implements RowReader {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private final CsvReader csv;
  private final String station;
  private final String department;
  private final List<String> columns;

  /** @throws InputFormatException when the station or department is missing */
  public GeccoCsvReader(CsvReader csv, String station, String department, PrintWriter err) {
    if (station == null || station.isBlank() || department == null || department.isBlank()) {
      throw new InputFormatException("a GECCO sensor CSV has no station column: give --station ID and --department CODE");
    }
    this.csv = csv;
    this.station = station;
    this.department = department;
    this.columns = csv.header().stream().map(String::trim).filter(GeccoColumns.PARAMETERS::containsKey).toList();
    List<String> ignored = csv.header().stream().map(String::trim)
        .filter(c -> !c.equals(GeccoColumns.TIME) && !c.equals(GeccoColumns.EVENT) && !GeccoColumns.PARAMETERS.containsKey(c))
        .toList();
    if (!ignored.isEmpty()) {
      err.println("warning: ignoring unknown columns: " + String.join(", ", ignored));
    }
  }

  @Override
  public Row next() throws IOException {
    Row row = csv.next();
    if (row == null || !row.readable()) {
      return row;
    }
    List<String> errors = new ArrayList<>();
    ObjectNode reading = JsonNodeFactory.instance.objectNode();
    reading.put("stationId", station);
    reading.put("department", department);
    String time = text(row.value(), GeccoColumns.TIME);
    try {
      reading.put("eventTime", LocalDateTime.parse(time, TIME).toInstant(ZoneOffset.UTC).toEpochMilli());
    } catch (DateTimeParseException e) {
      errors.add("Time: expected yyyy-MM-dd HH:mm:ss (UTC), got '" + time + "'");
    }
    ArrayNode measurements = reading.putArray("measurements");
    for (String column : columns) {
      GeccoColumns.Parameter parameter = GeccoColumns.PARAMETERS.get(column);
      ObjectNode m = measurements.addObject();
      m.put("parameter", parameter.name());
      m.put("unit", parameter.unit());
      String cell = text(row.value(), column);
      if (cell.isEmpty()) {
        m.putNull("value");
        continue;
      }
      try {
        double value = Double.parseDouble(cell);
        if (!Double.isFinite(value)) {
          errors.add(column + ": not a finite number '" + cell + "'");
        } else if (value < 0 && parameter.nonNegative()) {
          errors.add(column + ": negative " + parameter.name() + " " + cell + " is impossible");
        }
        m.put("value", value);
      } catch (NumberFormatException e) {
        errors.add(column + ": not a number '" + cell + "'");
      }
    }
    return errors.isEmpty() ? Row.of(row.line(), reading) : new Row(row.line(), null, List.copyOf(errors));
  }

  private static String text(JsonNode row, String column) {
    JsonNode cell = row.get(column);
    return cell == null ? "" : cell.asText().trim();
  }

  @Override
  public boolean textual() {
    return false;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
