package fr.sentinelle.models.water;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a GECCO-shaped CSV the tests own: three parameters with daily cycles and noise, a few
 * sensor gaps, and events every {@code every} minutes where two parameters shift together for
 * {@code length} minutes. Fixed seed, so every run writes the same file.
 */
public final class SyntheticStream {
  public static final Instant START = Instant.parse("2016-08-03T00:00:00Z");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private SyntheticStream() {}

  public static Path write(Path file, long seed, int minutes, int every, int length) throws IOException {
    Random random = new Random(seed);
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      w.println("Time,pH,Redox,Trueb,EVENT");
      for (int t = 0; t < minutes; t++) {
        double day = Math.sin(2 * Math.PI * t / 1440.0);
        double pH = 8.35 + 0.03 * day + 0.01 * random.nextGaussian();
        double redox = 750 + 3 * day + 1.0 * random.nextGaussian();
        double trueb = 0.02 + 0.002 * random.nextGaussian();
        boolean event = t >= every && t % every < length;
        if (event) {
          pH += 0.2;
          redox -= 25;
        }
        boolean gap = t % 2000 >= 1500 && t % 2000 < 1540;
        w.printf(Locale.ROOT, "%s,%s,%s,%s,%s%n", TIME.format(START.plusSeconds(60L * t)),
            gap ? "" : String.format(Locale.ROOT, "%.3f", pH), gap ? "" : String.format(Locale.ROOT, "%.1f", redox),
            String.format(Locale.ROOT, "%.4f", trueb), event ? "TRUE" : "FALSE");
      }
    }
    return file;
  }
}
