package fr.sentinelle.api.search;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs writes one at a time on a thread of their own, in the order handed over, and lets a reader
 * wait until every write handed over before it is done ({@link #await()}). A full queue blocks the
 * caller rather than running the write itself, which would reorder it.
 */
final class SerialWrites implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SerialWrites.class);

  /** A write that may fail with an I/O error. */
  interface Write {
    void run() throws IOException;
  }

  private final ThreadPoolExecutor executor;

  SerialWrites(String threadName, int maxPending) {
    executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(maxPending),
        run -> {
          Thread thread = new Thread(run, threadName);
          thread.setDaemon(true);
          return thread;
        }, SerialWrites::waitForRoom);
  }

  /** Hands {@code write} over; a failure is logged with {@code what}, never thrown at the caller. */
  void submit(String what, Write write) {
    executor.execute(() -> {
      try {
        write.run();
      } catch (IOException | RuntimeException e) {
        LOG.error("cannot {}", what, e);
      }
    });
  }

  /** Returns once every write handed over before the call is done. */
  void await() {
    try {
      executor.submit(() -> { }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for pending writes", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("write barrier failed", e);
    }
  }

  private static void waitForRoom(Runnable write, ThreadPoolExecutor executor) {
    if (executor.isShutdown()) {
      throw new RejectedExecutionException("closed");
    }
    try {
      executor.getQueue().put(write);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("interrupted while waiting for room", e);
    }
  }

  /** Finishes the pending writes (up to 10 s), then stops the thread. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("writes still running after 10 s; closing anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
