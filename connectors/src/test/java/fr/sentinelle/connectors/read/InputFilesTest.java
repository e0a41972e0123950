package fr.sentinelle.connectors.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void gunzipsByMagicBytesWhateverTheNameAndCountsFileBytes() throws IOException {
    Path file = dir.resolve("reviews.jsonl");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
    }
    AtomicLong count = new AtomicLong();
    try (InputStream in = InputFiles.open(file, count)) {
      assertEquals("{\"a\":1}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(Files.size(file), count.get());
  }

  @Test
  void plainFileIsReadAsIs() throws IOException {
    Path file = Files.writeString(dir.resolve("r.csv"), "a,b\n");
    try (InputStream in = InputFiles.open(file, new AtomicLong())) {
      assertEquals("a,b\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void missingOrEmptyFile() throws IOException {
    assertEquals("no such file: " + dir.resolve("none.csv"),
        assertThrows(InputFormatException.class, () -> InputFiles.open(dir.resolve("none.csv"), new AtomicLong())).getMessage());
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    assertEquals(empty + " is empty",
        assertThrows(InputFormatException.class, () -> InputFiles.open(empty, new AtomicLong())).getMessage());
  }

  @Test
  void formatFromExtension() {
    assertEquals(InputFormat.CSV, InputFormat.fromFileName(Path.of("a/b.CSV")));
    assertEquals(InputFormat.CSV, InputFormat.fromFileName(Path.of("b.csv.gz")));
    assertEquals(InputFormat.JSONL, InputFormat.fromFileName(Path.of("b.jsonl.gz")));
    assertEquals(InputFormat.JSONL, InputFormat.fromFileName(Path.of("b.ndjson")));
    assertThrows(InputFormatException.class, () -> InputFormat.fromFileName(Path.of("b.gz")));
  }
}
