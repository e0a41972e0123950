package fr.sentinelle.connectors.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reports each rejected record with its line and reasons: one line on stderr and, when asked, one
 * JSON object per line in a rejects file ({"line":12,"reasons":["text: blank"]}) for the integrator
 * to fix and publish again. Called from the reading thread and from Kafka's callback thread.
 */
public final class RejectLog implements Closeable {
  private final PrintWriter err;
  private final BufferedWriter file;
  private final ObjectMapper json = new ObjectMapper();
  private long count;

  public RejectLog(PrintWriter err, Path rejectsFile) throws IOException {
    this.err = err;
    this.file = rejectsFile == null ? null : Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8);
  }

  public synchronized void reject(long line, List<String> reasons) {
    count++;
    err.println("line " + line + ": rejected: " + String.join("; ", reasons));
    if (file != null) {
      ObjectNode entry = json.createObjectNode().put("line", line);
      reasons.forEach(entry.putArray("reasons")::add);
      try {
        file.write(json.writeValueAsString(entry));
        file.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the rejects file", e);
      }
    }
  }

  public synchronized long count() {
    return count;
  }

  @Override
  public synchronized void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
