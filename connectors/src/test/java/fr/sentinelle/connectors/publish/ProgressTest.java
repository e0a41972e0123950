package fr.sentinelle.connectors.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

  @Test
  void shortFileOutsideATerminalShowsNothing() {
    try (Progress progress = Progress.forFile("f.csv", 1_000, new AtomicLong(), stream, false)) {
      progress.update(10);
      assertFalse(progress.shown());
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void longFileShowsABarEndingAtItsSize() {
    AtomicLong read = new AtomicLong();
    try (Progress progress = Progress.forFile("big.jsonl", Progress.LONG_FILE_BYTES, read, stream, false)) {
      assertTrue(progress.shown());
      read.set(Progress.LONG_FILE_BYTES);
      progress.update(42);
    }
    String shown = err.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("big.jsonl 100%") && shown.contains("8/8MiB") && shown.contains(" 42 records"), shown);
  }

  @Test
  void terminalShowsABarEvenForAShortFile() {
    try (Progress progress = Progress.forFile("f.csv", 10, new AtomicLong(), stream, true)) {
      assertTrue(progress.shown());
    }
  }
}
