package fr.sentinelle.broker;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka 4 broker (KRaft, broker and controller in one node) in a child JVM on loopback.
 *
 * <p>Its jars come from Maven (the classpath is written into this module at build time). The first
 * start formats the storage directory; later starts on the same directory keep the topics.
 */
public final class LocalBroker implements AutoCloseable {
  private static final String MAIN = "kafka.Kafka";
  private static final String FORMAT_TOOL = "kafka.tools.StorageTool";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final JavaProcess process;
  private final String bootstrapServers;
  private final Path dataDir;
  private final Map<String, Object> adminClientConfig;

  private LocalBroker(JavaProcess process, String bootstrapServers, Path dataDir, ScramAdmin scram) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
    this.dataDir = dataDir;
    this.adminClientConfig = scram == null ? Map.of() : scram.clientConfig();
  }

  /** Starts the broker and returns once it answers admin requests. */
  public static LocalBroker start(BrokerOptions options) throws IOException {
    Path dataDir = options.dataDir().toAbsolutePath();
    Path logDir = dataDir.resolve("log");
    Files.createDirectories(logDir);
    int port = options.port() == 0 ? freePort() : options.port();
    int controllerPort = options.controllerPort() == 0 ? freePort() : options.controllerPort();
    Path config = dataDir.resolve("server.properties");
    writeProperties(ServerProperties.of(options.host(), port, controllerPort, logDir, options.scram()), config);
    List<String> classpath = brokerClasspath();
    List<String> jvm = List.of("-Xmx" + options.heap(), "-XX:+UseG1GC",
        "-Dlog4j2.configurationFile=" + writeLogConfig(dataDir));
    Path processLog = dataDir.resolve("broker.log");
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(classpath, jvm, config, processLog, options.scram());
    }
    JavaProcess process = JavaProcess.start("kafka-broker", classpath, jvm, MAIN,
        List.of(config.toString()), processLog);
    String bootstrap = options.host() + ":" + port;
    LocalBroker broker = new LocalBroker(process, bootstrap, dataDir, options.scram());
    try {
      broker.awaitReady(START_TIMEOUT);
    } catch (IOException | RuntimeException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Client settings (beyond bootstrap.servers) that connect as the super user; empty without SCRAM. */
  public Map<String, Object> adminClientConfig() {
    return adminClientConfig;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private void awaitReady(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    Map<String, Object> config = new HashMap<>(adminClientConfig);
    config.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
    try (Admin admin = Admin.create(config)) {
      while (true) {
        if (!process.isAlive()) {
          throw new IOException("Kafka broker exited during start; see " + process.log());
        }
        try {
          admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
          return;
        } catch (ExecutionException | TimeoutException notYet) {
          if (Instant.now().isAfter(deadline)) {
            throw new IOException("Kafka broker not ready after " + timeout.toSeconds()
                + " s; see " + process.log(), notYet);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the broker", e);
        }
      }
    }
  }

  private static void format(List<String> classpath, List<String> jvm, Path config, Path log, ScramAdmin scram)
      throws IOException {
    String clusterId = Uuid.randomUuid().toString();
    List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", config.toString()));
    if (scram != null) {
      args.addAll(List.of("--add-scram", scram.formatArgument()));
    }
    try (JavaProcess formatter = JavaProcess.start("kafka-storage-format", classpath, jvm,
        FORMAT_TOOL, args, log)) {
      formatter.awaitExit(START_TIMEOUT);
    }
    if (!Files.exists(config.getParent().resolve("log").resolve("meta.properties"))) {
      throw new IOException("formatting Kafka storage failed; see " + log);
    }
  }

  static List<String> brokerClasspath() {
    try (InputStream in = LocalBroker.class.getResourceAsStream("broker-classpath.txt")) {
      if (in == null) {
        throw new IllegalStateException("broker-classpath.txt missing: build the kafka-broker module with Maven");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return Arrays.asList(text.split(java.io.File.pathSeparator));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path writeLogConfig(Path dataDir) throws IOException {
    Path target = dataDir.resolve("log4j2.yaml");
    try (InputStream in = LocalBroker.class.getResourceAsStream("log4j2.yaml")) {
      Files.write(target, in.readAllBytes());
    }
    return target;
  }

  private static void writeProperties(Properties properties, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, "generated by Sentinelle's LocalBroker; rewritten at every start");
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Stops the broker cleanly (its data stays in the data directory). */
  @Override
  public void close() {
    process.close();
  }

  /** Kills the broker process abruptly, as a crash would (for fault tests). */
  public void kill() {
    process.kill();
  }
}
