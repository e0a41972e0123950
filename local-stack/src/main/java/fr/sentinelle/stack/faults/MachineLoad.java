package fr.sentinelle.stack.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How many cores the machine has and how busy it is (1, 5 and 15 minute load averages from
 * /proc/loadavg, empty where absent): recovery times mean little without it.
 */
record MachineLoad(int cores, List<Double> loadAverage) {
  static MachineLoad now() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new MachineLoad(Runtime.getRuntime().availableProcessors(),
          Arrays.stream(fields, 0, 3).map(Double::valueOf).toList());
    } catch (IOException | RuntimeException e) {
      return new MachineLoad(Runtime.getRuntime().availableProcessors(), List.of());
    }
  }
}
