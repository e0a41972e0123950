package fr.sentinelle.stack;

import fr.sentinelle.broker.JavaProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits until an HTTP endpoint of a child process answers 200, or says why it never did. */
public final class HttpProbe {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private HttpProbe() {}

  public static void awaitOk(URI uri, JavaProcess process, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
    while (true) {
      if (!process.isAlive()) {
        throw new IOException(process.name() + " exited during start; see " + process.log());
      }
      try {
        if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // connection refused while the service starts
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + uri, e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(uri + " did not answer 200 within " + timeout.toSeconds()
            + " s; see " + process.log());
      }
      pause();
    }
  }

  /** A short pause between probes, without Thread.sleep's busy alternative. */
  private static void pause() {
    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
  }
}
