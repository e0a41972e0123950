package fr.sentinelle.stack.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * What a running stack is made of, written by {@code stack up} to the data directory so that
 * {@code status} and {@code down}, run later from other processes, find every part.
 *
 * @param parts processes in start order
 * @param jobs Flink jobs submitted to the session cluster
 * @param ports every port the stack was configured to listen on
 */
public record StackState(String bootstrapServers, String flinkRest, String apiUrl, String prometheusUrl,
    int taskManagers, List<Part> parts, List<Job> jobs, List<Integer> ports) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * @param marker a word of the process's command line (its main class, or "prometheus") that tells
   *     it from an unrelated process which later got the same pid
   */
  public record Part(String name, long pid, String address, String marker) {
    public Optional<ProcessHandle> process() {
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> commandLine(p).contains(marker));
    }

    /** /proc's full command line where there is one (ProcessHandle.Info may cut long class paths). */
    private static String commandLine(ProcessHandle process) {
      Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
      try {
        return Files.isReadable(proc) ? Files.readString(proc).replace('\0', ' ')
            : process.info().commandLine().orElse("");
      } catch (IOException gone) {
        return "";
      }
    }
  }

  /** @param entryClass the job's main class in the job jar */
  public record Job(String detector, String jobId, String entryClass) {}

  public void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), this);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static Optional<StackState> read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), StackState.class)) : Optional.empty();
  }

  public boolean anyAlive() {
    return parts.stream().anyMatch(p -> p.process().isPresent());
  }
}
