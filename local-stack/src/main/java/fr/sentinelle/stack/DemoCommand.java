package fr.sentinelle.stack;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.connectors.cli.ConnectorsCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on one machine: broker, hygiene and water jobs and alert service, fed with the demo
 * reviews and simulated water stations (or a water file of the user's) as live feeds, until the
 * duration ends or Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Starts the broker, the restaurant-hygiene and water-quality jobs and the alert service on "
        + "127.0.0.1, replays the demo reviews and water readings as live feeds and prints the alerts as "
        + "inspectors receive them.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--duration", description = "seconds to run; 0 runs until Ctrl-C (default: ${DEFAULT-VALUE})")
  long durationSeconds = 0;

  @Option(names = "--rate", description = "reviews published per second (default: ${DEFAULT-VALUE})")
  int rate = 25;

  @Option(names = "--kafka-port", description = "broker port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int kafkaPort = StackOptions.DEFAULT_KAFKA_PORT;

  @Option(names = "--api-port", description = "alert service port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int apiPort = StackOptions.DEFAULT_API_PORT;

  @Option(names = "--data-dir", description = "where the demo keeps its data; emptied at start (default: ${DEFAULT-VALUE})")
  Path dataDir = Path.of("var", "demo");

  @Option(names = "--water-file", description = "replay this water file instead of the simulated stations, its event"
      + " times as they are: a sensor CSV of one station (GECCO 2018 shape, with --station and --department) or"
      + " WaterReading JSON Lines")
  Path waterFile;

  @Option(names = "--station", description = "with a sensor CSV as --water-file: the station's id")
  String station;

  @Option(names = "--department", description = "with a sensor CSV as --water-file: the station's department code")
  String department;

  @Option(names = "--water-model", description = "water-quality model directory, e.g. one trained on --water-file's"
      + " stations (default: the model the build trained from simulated stations)")
  Path waterModel;

  @Option(names = "--water-rate", description = "water readings published per second (default: 20 times --rate)")
  Integer waterRate;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The demo inspector's departments: where the demo feed's establishments in trouble are. */
  static final String DEMO_INSPECTOR_DEPARTMENTS = "13,35";

  @Override
  public Integer call() throws Exception {
    if (waterFile == null && (station != null || department != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--station and --department go with --water-file");
    }
    if (waterFile != null && !Files.isRegularFile(waterFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--water-file " + waterFile + ": no such file");
    }
    if (waterModel != null && !Files.isDirectory(waterModel)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--water-model " + waterModel
          + ": no such directory (train one with ./sentinelle train --detector water-quality)");
    }
    DataDirectory.recreate(dataDir);
    System.out.println("Sentinelle demo: starting Kafka, the restaurant-hygiene and water-quality jobs and the"
        + " alert service…");
    CountDownLatch stopped = new CountDownLatch(1);
    try (LocalStack stack = LocalStack.start(new StackOptions(dataDir, kafkaPort, apiPort, waterModel),
        ModuleLauncher.fromEnvironment())) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stopped.countDown();
        stack.close();
      }, "demo-stop"));
      // A supervisor sees every department and detector (the ticker follows all alerts with it); the
      // inspector only Bouches-du-Rhône (restaurants) and Ille-et-Vilaine (water stations).
      String supervisor = stack.mintToken("demo-superviseur", "supervisor", "*", "*");
      String inspector = stack.mintToken("demo-inspecteur", "inspector", DEMO_INSPECTOR_DEPARTMENTS,
          "restaurant-hygiene,water-quality");
      printWhereToLook(stack, supervisor, inspector);
      try (AlertTicker ticker = AlertTicker.follow(stack.apiUrl(), supervisor, System.out)) {
        publishDemoFeeds(stack);
        if (durationSeconds > 0) {
          stopped.await(durationSeconds, TimeUnit.SECONDS);
        } else {
          stopped.await();
        }
      }
      System.out.println("Stopping: alert service, jobs, broker.");
    }
    return 0;
  }

  private void publishDemoFeeds(LocalStack stack) throws IOException {
    int reviews = publish(stack, "reviews", DemoFeed.REVIEWS, rate);
    // Four stations' readings, a minute apart for 12 hours: by default twenty times faster than the reviews.
    int readingsPerSecond = waterRate != null ? waterRate : rate * 20;
    if (waterFile == null) {
      int readings = publish(stack, "water", DemoFeed.WATER, readingsPerSecond);
      System.out.println("Published " + (reviews + readings) + " demo records (reviews and water readings); alerts"
          + " appear above as the jobs raise them.");
      return;
    }
    // A file of its own keeps its event times: moved to now, a long history would start far behind
    // the job's clock. So the simulated stations are not published beside it.
    runPublish(waterFileArgs(waterFile, station, department, readingsPerSecond, stack.bootstrapServers()), "water file");
    System.out.println("Published " + reviews + " demo reviews and " + waterFile + "; alerts appear above as the jobs"
        + " raise them.");
  }

  /** The publish command for a water file given on the command line. */
  static List<String> waterFileArgs(Path file, String station, String department, int recordsPerSecond,
      String bootstrapServers) {
    List<String> args = new ArrayList<>(List.of("publish", "--feed", "water", "--file", file.toString(),
        "--rate", Integer.toString(recordsPerSecond), "--bootstrap-servers", bootstrapServers));
    if (station != null) {
      args.addAll(List.of("--station", station));
    }
    if (department != null) {
      args.addAll(List.of("--department", department));
    }
    return args;
  }

  private int publish(LocalStack stack, String feedName, String resource, int recordsPerSecond) throws IOException {
    Path feed = dataDir.resolve("demo-" + feedName + ".jsonl");
    int count = DemoFeed.writeShifted(resource, Instant.now(), feed);
    runPublish(List.of("publish", "--feed", feedName, "--file", feed.toString(), "--rate", Integer.toString(recordsPerSecond),
        "--bootstrap-servers", stack.bootstrapServers()), "demo " + feedName + " feed");
    return count;
  }

  /** Runs the publish command in this JVM; exit 1 means some records were rejected (reported on stderr). */
  private static void runPublish(List<String> args, String what) throws IOException {
    int exit = new CommandLine(new ConnectorsCli()).execute(args.toArray(String[]::new));
    if (exit > 1) {
      throw new IOException("publishing the " + what + " failed (exit " + exit + ")");
    }
  }

  private static void printWhereToLook(LocalStack stack, String supervisor, String inspector) {
    String api = stack.apiUrl();
    String auth = "-H \"Authorization: Bearer $SUPERVISOR\" ";
    System.out.println();
    System.out.println("Ready. Tokens, valid 8 hours (mint others with ./sentinelle token --key-file "
        + stack.keyFile() + "):");
    System.out.println("  SUPERVISOR=" + supervisor + "   # every department and detector");
    System.out.println("  INSPECTOR=" + inspector + "   # departments " + DEMO_INSPECTOR_DEPARTMENTS
        + " only");
    System.out.println("Where to look:");
    System.out.println("  web page:     " + api + "/   (paste one of the tokens)");
    System.out.println("  cases:        curl " + auth + "'" + api + "/api/cases?detector=restaurant-hygiene'");
    System.out.println("  alerts:       curl " + auth + "'" + api + "/api/alerts?detector=restaurant-hygiene'");
    System.out.println("  live stream:  curl -N " + auth + api + "/api/alerts/stream");
    System.out.println("  API reference: " + api + "/swagger/sentinelle-alert-service-0.1.yml");
    System.out.println("  metrics:      curl " + api + "/metrics   (from this machine)");
    System.out.println("  health:       curl " + api + "/health");
    System.out.println("  Kafka:        " + stack.bootstrapServers() + " (alerts on " + Topics.ALERTS
        + ", rejected records on " + Topics.DEAD_LETTERS + ")");
    System.out.println("  logs:         " + stack.job().log().getParent());
    System.out.println();
  }
}
