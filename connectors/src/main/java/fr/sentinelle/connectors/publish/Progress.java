package fr.sentinelle.connectors.publish;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr over the bytes of the file, shown only where it helps. */
public final class Progress implements AutoCloseable {
  /** Files at least this big are "long": their progress is shown even when stderr is not a terminal. */
  public static final long LONG_FILE_BYTES = 8L << 20;

  private final ProgressBar bar;
  private final AtomicLong bytesRead;

  private Progress(ProgressBar bar, AtomicLong bytesRead) {
    this.bar = bar;
    this.bytesRead = bytesRead;
  }

  public static Progress none() {
    return new Progress(null, new AtomicLong());
  }

  /** Shows a bar when the file is long or we run in a terminal; otherwise does nothing. */
  public static Progress forFile(String name, long fileBytes, AtomicLong bytesRead, PrintStream err, boolean terminal) {
    if (fileBytes < LONG_FILE_BYTES && !terminal) {
      return none();
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(fileBytes)
        .setUnit("MiB", 1L << 20).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(err)).showSpeed().build();
    return new Progress(bar, bytesRead);
  }

  public boolean shown() {
    return bar != null;
  }

  /** Called after each record; cheap, the bar redraws on its own schedule. */
  public void update(long records) {
    if (bar != null) {
      bar.stepTo(bytesRead.get());
      bar.setExtraMessage(" " + records + " records");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.stepTo(bytesRead.get());
      bar.close();
    }
  }
}
