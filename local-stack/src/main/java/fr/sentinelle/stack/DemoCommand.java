package fr.sentinelle.stack;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.connectors.cli.ConnectorsCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on one machine: broker, hygiene job and alert service, fed with the demo reviews
 * as a live feed, until the duration ends or Ctrl-C.
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

  /** The demo inspector's departments: where the demo feed's establishments in trouble are. */
  static final String DEMO_INSPECTOR_DEPARTMENTS = "13,35";

  @Override
  public Integer call() throws Exception {
    DataDirectory.recreate(dataDir);
    System.out.println("Sentinelle demo: starting Kafka, the restaurant-hygiene and water-quality jobs and the"
        + " alert service…");
    CountDownLatch stopped = new CountDownLatch(1);
    try (LocalStack stack = LocalStack.start(new StackOptions(dataDir, kafkaPort, apiPort),
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
        int published = publishDemoFeed(stack);
        System.out.println("Published " + published + " demo records (reviews and water readings); alerts appear"
            + " above as the jobs raise them.");
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

  private int publishDemoFeed(LocalStack stack) throws IOException {
    int reviews = publish(stack, "reviews", DemoFeed.REVIEWS, rate);
    // Four stations' readings, a minute apart for 12 hours: replayed twenty times faster than the reviews.
    int readings = publish(stack, "water", DemoFeed.WATER, rate * 20);
    return reviews + readings;
  }

  private int publish(LocalStack stack, String feedName, String resource, int recordsPerSecond) throws IOException {
    Path feed = dataDir.resolve("demo-" + feedName + ".jsonl");
    int count = DemoFeed.writeShifted(resource, Instant.now(), feed);
    int exit = new CommandLine(new ConnectorsCli()).execute("publish", "--feed", feedName,
        "--file", feed.toString(), "--rate", Integer.toString(recordsPerSecond),
        "--bootstrap-servers", stack.bootstrapServers());
    if (exit > 1) {
      throw new IOException("publishing the demo " + feedName + " feed failed (exit " + exit + ")");
    }
    return count;
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
