package fr.sentinelle.connectors.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/** Opens a feed file, gunzipping it when it starts with the gzip magic bytes, and counts the bytes read. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * @param bytesRead receives the count of file bytes read so far (compressed bytes for .gz), for progress
   * @throws InputFormatException when the file is missing, unreadable or empty
   */
  public static InputStream open(Path file, AtomicLong bytesRead) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputFormatException("no such file: " + file);
    }
    if (Files.size(file) == 0) {
      throw new InputFormatException(file + " is empty");
    }
    InputStream raw = new BufferedInputStream(new Counting(Files.newInputStream(file), bytesRead), 1 << 16);
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
  }

  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
