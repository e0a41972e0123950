package fr.sentinelle.models.water;

import fr.sentinelle.models.train.TrainRequest;
import fr.sentinelle.models.train.TrainingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java fr.sentinelle.models.water.SimulatedWaterCommand default-model|demo-feed|station-csv}:
 * what the project makes of its own simulated stations. The build runs {@code default-model} (see
 * models/pom.xml); {@code demo-feed} writes the local stack's water feed.
 */
@Command(name = "simulated-water", mixinStandardHelpOptions = true,
    description = "Simulated water stations: the default model, the demo feed, a labelled CSV.")
public final class SimulatedWaterCommand {
  /** Seed of the default model's training stream and solver. */
  public static final long DEFAULT_MODEL_SEED = 20261129;
  /** The default model learns from two weeks of one simulated station, an event every ~8 hours. */
  static final int DEFAULT_MODEL_MINUTES = 14 * 1440;
  static final int DEFAULT_MODEL_EVENT_SPACING = 480;
  static final Instant SIMULATION_START = Instant.parse("2026-01-05T00:00:00Z");

  private SimulatedWaterCommand() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new SimulatedWaterCommand()).addSubcommand(new DefaultModel())
        .addSubcommand(new DemoFeed()).addSubcommand(new StationCsv()).execute(args));
  }

  /** Writes the simulated training stream beside the model and trains the default model on it. */
  @Command(name = "default-model", description = "Train the default water-quality model from a simulated station.")
  static final class DefaultModel implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Model directory to write.")
    Path out;

    @Option(names = "--data-out", required = true, description = "Where to write the simulated training CSV.")
    Path dataOut;

    @Override
    public Integer call() throws Exception {
      TrainingResult result = trainDefault(dataOut, out);
      System.out.printf("trained %s into %s from %s%n", result.modelVersion(), out, dataOut);
      return 0;
    }
  }

  /** Trains the default model: the data it needs is generated here, never read from outside the project. */
  public static TrainingResult trainDefault(Path csv, Path modelDir) throws java.io.IOException {
    SimulatedFeed.writeCsv(csv, SimulatedStation.generate(DEFAULT_MODEL_SEED, SIMULATION_START.toEpochMilli(),
        DEFAULT_MODEL_MINUTES, DEFAULT_MODEL_EVENT_SPACING));
    return new WaterTrainer().train(new TrainRequest(csv, modelDir, DEFAULT_MODEL_SEED, 0.3, null));
  }

  @Command(name = "demo-feed", description = "Write JSON Lines WaterReadings of simulated stations in two departments.")
  static final class DemoFeed implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "File to write (.jsonl, optionally .gz).")
    Path out;

    @Option(names = "--hours", defaultValue = "12", description = "Hours of readings per station (default: ${DEFAULT-VALUE}).")
    int hours;

    @Option(names = "--seed", defaultValue = "35029", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
      List<SimulatedFeed.Station> stations = demoStations(seed, hours * 60, SIMULATION_START.toEpochMilli());
      SimulatedFeed.writeJsonLines(out, stations);
      long events = stations.stream().mapToLong(s -> WaterMetrics.labelledEvents(
          s.minutes().stream().mapToLong(SimulatedStation.Minute::time).toArray(), labels(s.minutes())).size()).sum();
      System.out.printf("wrote %d readings of %d stations (%d events) to %s%n",
          stations.stream().mapToInt(s -> s.minutes().size()).sum(), stations.size(), events, out);
      return 0;
    }
  }

  /**
   * Four stations in Ille-et-Vilaine (35) and Finistère (29), each with its own water. The first
   * {@link SimulatedStation#QUIET_START_MINUTES} are quiet (the detector learns each station's
   * baseline), then an event every few hours.
   */
  public static List<SimulatedFeed.Station> demoStations(long seed, int minutes, long start) {
    List<SimulatedFeed.Station> stations = new ArrayList<>();
    String[][] ids = {{"demo-35-01", "35"}, {"demo-35-02", "35"}, {"demo-29-01", "29"}, {"demo-29-02", "29"}};
    for (int i = 0; i < ids.length; i++) {
      stations.add(new SimulatedFeed.Station(ids[i][0], ids[i][1],
          SimulatedStation.generate(seed + i, start, minutes, DEMO_EVENT_SPACING)));
    }
    return stations;
  }

  static final int DEMO_EVENT_SPACING = 120;

  @Command(name = "station-csv", description = "Write a labelled GECCO-shaped CSV of one simulated station.")
  static final class StationCsv implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "File to write (.csv, optionally .gz).")
    Path out;

    @Option(names = "--days", defaultValue = "7", description = "Days of readings (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
      Files.createDirectories(out.toAbsolutePath().getParent());
      SimulatedFeed.writeCsv(out, SimulatedStation.generate(seed, SIMULATION_START.toEpochMilli(), days * 1440,
          DEFAULT_MODEL_EVENT_SPACING));
      System.out.println("wrote " + out);
      return 0;
    }
  }

  private static boolean[] labels(List<SimulatedStation.Minute> minutes) {
    boolean[] labels = new boolean[minutes.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = minutes.get(i).event();
    }
    return labels;
  }
}
