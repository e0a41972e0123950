package fr.sentinelle.connectors.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each one strictly as UTF-8, so one line with bad
 * bytes is reported on its own (with a replacement-decoded text) while the others read on.
 * A leading byte-order mark is dropped; "\r\n" and "\n" both end a line.
 */
public final class Utf8Lines {
  /** Longer lines are skipped and reported: no feed record is anywhere near this size. */
  public static final int MAX_LINE_BYTES = 64 << 20;

  private final InputStream in;
  private final int maxLineBytes;
  private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPosition;
  private int chunkLength;
  private byte[] line = new byte[1 << 12];
  private long number;

  public Utf8Lines(InputStream in) {
    this(in, MAX_LINE_BYTES);
  }

  Utf8Lines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  public DecodedLine next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (chunkPosition < chunkLength || fill()) {
      any = true;
      int end = chunkPosition;
      while (end < chunkLength && chunk[end] != '\n') {
        end++;
      }
      int take = Math.min(end - chunkPosition, maxLineBytes - length);
      tooLong |= take < end - chunkPosition;
      line = ensure(line, length + take);
      System.arraycopy(chunk, chunkPosition, line, length, take);
      length += take;
      chunkPosition = end < chunkLength ? end + 1 : end;
      if (end < chunkLength) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (tooLong) {
      return new DecodedLine(number, "", "line longer than " + maxLineBytes + " bytes");
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int start = number == 1 && startsWithBom(line, length) ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
    String error = firstMalformedByte(bytes.duplicate());
    String text = StandardCharsets.UTF_8.decode(bytes).toString(); // lenient: replaces bad bytes
    return new DecodedLine(number, text, error);
  }

  public long linesRead() {
    return number;
  }

  private boolean fill() throws IOException {
    chunkLength = Math.max(0, in.read(chunk, 0, chunk.length));
    chunkPosition = 0;
    return chunkLength > 0;
  }

  private static byte[] ensure(byte[] buffer, int size) {
    return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
  }

  private String firstMalformedByte(ByteBuffer bytes) {
    int origin = bytes.position();
    strict.reset();
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.remaining()));
    CoderResult result = strict.decode(bytes, out, true);
    if (result.isError()) {
      return "not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes.get(bytes.position()) & 0xff)
          + " at byte " + (bytes.position() - origin + 1) + " of the line)";
    }
    return null;
  }

  private static boolean startsWithBom(byte[] bytes, int length) {
    return length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
  }
}
