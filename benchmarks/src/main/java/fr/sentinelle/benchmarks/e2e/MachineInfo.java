package fr.sentinelle.benchmarks.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The machine a run was made on and how busy it was: the figures mean little without the load
 * average (other processes share the cores).
 *
 * @param loadAverage 1, 5 and 15 minute load averages from /proc/loadavg (empty where absent)
 */
public record MachineInfo(int cores, String java, List<Double> loadAverage) {
  public static MachineInfo now() {
    return new MachineInfo(Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), readLoadAverage());
  }

  static List<Double> readLoadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return Arrays.stream(fields, 0, 3).map(Double::valueOf).toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
