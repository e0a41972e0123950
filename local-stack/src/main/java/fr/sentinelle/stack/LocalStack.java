package fr.sentinelle.stack;

import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The whole path on one machine: a real Kafka broker, the restaurant-hygiene and water-quality Flink
 * jobs (each on its embedded MiniCluster) and the alert service, each in its own JVM, on 127.0.0.1.
 */
public final class LocalStack implements AutoCloseable {
  static final String HYGIENE_JOB = "fr.sentinelle.jobs.hygiene.HygieneJob";
  static final String WATER_JOB = "fr.sentinelle.jobs.water.WaterJob";
  private static final Duration API_START_TIMEOUT = Duration.ofSeconds(120);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final StackOptions options;
  private ModuleLauncher launcher;
  private LocalBroker broker;
  private JavaProcess job;
  private JavaProcess waterJob;
  private JavaProcess api;
  private int apiPort;

  private LocalStack(StackOptions options) {
    this.options = options;
  }

  /** Starts every part and returns once the alert service is healthy; stops what started on failure. */
  public static LocalStack start(StackOptions options, ModuleLauncher launcher) throws IOException {
    LocalStack stack = new LocalStack(options);
    try {
      stack.startAll(launcher);
      return stack;
    } catch (IOException | RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private void startAll(ModuleLauncher launcher) throws IOException {
    this.launcher = launcher;
    Path data = options.dataDir().toAbsolutePath();
    apiPort = options.apiPort() == 0 ? freePort() : requireFree(options.apiPort(), "--api-port");
    int kafkaPort = options.kafkaPort() == 0 ? 0 : requireFree(options.kafkaPort(), "--kafka-port");
    broker = remember(LocalBroker.start(BrokerOptions.defaults().port(kafkaPort).dataDir(data.resolve("kafka"))));
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
    } catch (TopicAdmin.BrokerException e) {
      throw new IOException("cannot create the topics: " + e.getMessage(), e);
    }

    job = remember(launcher.start("flink-jobs", HYGIENE_JOB, List.of("-Xmx1g"), List.of(
        "--bootstrap-servers", broker.bootstrapServers(),
        "--checkpoint-dir", data.resolve("checkpoints").toUri().toString()),
        data.resolve("logs").resolve("hygiene-job.log")));
    waterJob = remember(launcher.start("flink-jobs", WATER_JOB, List.of("-Xmx768m"),
        waterJobArgs(broker.bootstrapServers(), data.resolve("checkpoints-water"), options.waterModel()),
        data.resolve("logs").resolve("water-job.log")));

    api = remember(AlertService.start(launcher, StackOptions.HOST, apiPort, broker.bootstrapServers(), data));
    HttpProbe.awaitOk(URI.create(apiUrl() + "/health"), api, API_START_TIMEOUT);
  }

  /** The water job's arguments: without a model directory it scores with the build's default model (simulated stations). */
  static List<String> waterJobArgs(String bootstrapServers, Path checkpoints, Path waterModel) {
    List<String> args = new java.util.ArrayList<>(List.of("--bootstrap-servers", bootstrapServers,
        "--checkpoint-dir", checkpoints.toUri().toString()));
    if (waterModel != null) {
      args.addAll(List.of("--model", waterModel.toAbsolutePath().toString()));
    }
    return args;
  }

  /**
   * Mints an access token for the alert service (its own {@code token} command, with the key file the
   * service signs with), e.g. {@code mintToken("supervisor", "*", "*")} to see every alert.
   */
  public String mintToken(String role, String departments, String detectors) throws IOException {
    return mintToken("local-stack", role, departments, detectors);
  }

  /** The key the alert service signs tokens with: generated at its first start, kept with the stack's data. */
  public Path keyFile() {
    return AlertService.keyFile(options.dataDir().toAbsolutePath());
  }

  /** As {@link #mintToken(String, String, String)}, for a named user (shown in case histories). */
  public String mintToken(String subject, String role, String departments, String detectors) throws IOException {
    return AlertService.mintToken(launcher, options.dataDir().toAbsolutePath(), subject, role, departments, detectors);
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  public String apiUrl() {
    return "http://" + StackOptions.HOST + ":" + apiPort;
  }

  public JavaProcess job() {
    return job;
  }

  public JavaProcess waterJob() {
    return waterJob;
  }

  public JavaProcess api() {
    return api;
  }

  public LocalBroker broker() {
    return broker;
  }

  private <T extends AutoCloseable> T remember(T part) {
    started.push(part);
    return part;
  }

  private static int requireFree(int port, String option) throws IOException {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return port;
    } catch (IOException busy) {
      throw new IOException("port " + port + " on 127.0.0.1 is busy; stop what uses it or choose another with "
          + option, busy);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Stops the parts in reverse order of start: the service and the job before the broker. */
  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("while stopping the stack: " + e.getMessage());
      }
    }
  }
}
