package fr.sentinelle.models.water;

import fr.sentinelle.models.data.InvalidDataException;
import fr.sentinelle.models.data.LabelledCsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a GECCO-2018-shaped CSV (optionally gzipped): a {@code Time} column
 * ({@code yyyy-MM-dd HH:mm:ss}, UTC), one column per parameter, and an optional {@code EVENT}
 * column (TRUE/FALSE). Empty or non-numeric values are missing; rows must be in time order.
 * Parameters take their feed names ({@link WaterParameters}), e.g. column Tp is "temperature".
 */
public final class WaterCsvReader {
  public static final String TIME = "Time";
  public static final String EVENT = "EVENT";
  private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  public WaterData read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try (Reader reader = new InputStreamReader(open(bytes), StandardCharsets.UTF_8);
        CSVParser csv = parser(reader)) {
      List<String> header = csv.getHeaderNames();
      if (!header.contains(TIME)) {
        throw new InvalidDataException(file + ": no '" + TIME + "' column (columns: " + header + ")");
      }
      List<String> columns = header.stream().filter(h -> !h.equals(TIME) && !h.equals(EVENT)).toList();
      if (columns.isEmpty()) {
        throw new InvalidDataException(file + ": no parameter column besides " + TIME + " and " + EVENT);
      }
      boolean labelled = header.contains(EVENT);
      List<WaterSample> samples = new ArrayList<>();
      long previous = Long.MIN_VALUE;
      for (CSVRecord row : csv) {
        long time = time(file, row);
        if (time <= previous) {
          throw new InvalidDataException(file + " line " + row.getRecordNumber() + ": time " + row.get(TIME) + " is not after the previous row");
        }
        previous = time;
        double[] values = new double[columns.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = number(row.get(columns.get(i)));
        }
        samples.add(new WaterSample(time, values, labelled && "TRUE".equalsIgnoreCase(row.get(EVENT).trim())));
      }
      if (samples.isEmpty()) {
        throw new InvalidDataException(file + ": no rows");
      }
      return new WaterData(columns.stream().map(WaterParameters::feedName).toList(), samples, LabelledCsvReader.sha256(bytes));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidDataException(file + ": not a readable CSV: " + e.getMessage());
    }
  }

  /**
   * The plain constructor, not {@code CSVFormat.parse}: that one goes through a commons-io builder
   * method that the commons-io pinned by Flink (2.15) lacks, and this reader also runs in the job's tests.
   */
  @SuppressWarnings("deprecation")
  private static CSVParser parser(Reader reader) throws IOException {
    return new CSVParser(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
  }

  private static InputStream open(byte[] bytes) throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    boolean gzip = bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    return gzip ? new GZIPInputStream(in) : in;
  }

  private static long time(Path file, CSVRecord row) throws InvalidDataException {
    try {
      return LocalDateTime.parse(row.get(TIME).trim(), TIME_FORMAT).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(file + " line " + row.getRecordNumber() + ": bad time '" + row.get(TIME) + "'");
    }
  }

  /** Missing, non-numeric and non-finite values all become NaN: a gap, not a reading. */
  static double number(String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("NA")) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(text.trim());
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
