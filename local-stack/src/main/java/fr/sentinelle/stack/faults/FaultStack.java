package fr.sentinelle.stack.faults;

import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import fr.sentinelle.stack.AlertService;
import fr.sentinelle.stack.HttpProbe;
import fr.sentinelle.stack.ModuleLauncher;
import fr.sentinelle.stack.Ports;
import fr.sentinelle.stack.flink.FlinkClusterOptions;
import fr.sentinelle.stack.flink.FlinkRest;
import fr.sentinelle.stack.flink.FlinkSessionCluster;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The stack the faults are injected into, on 127.0.0.1 with free ports: a broker, a Flink session
 * cluster of two one-slot TaskManagers running the hygiene job (parallelism 1, so one TaskManager is
 * busy and the other can take over), and the alert service. Each part can be killed and started
 * again on the same ports and data, as an operator would restart it.
 */
final class FaultStack implements AutoCloseable {
  static final String HOST = "127.0.0.1";
  static final String HYGIENE_JOB = "fr.sentinelle.jobs.hygiene.HygieneJob";
  static final String GROUP_ID = "sentinelle-faults";
  static final int TASK_MANAGERS = 2;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final ModuleLauncher launcher;
  private final Path data;
  private final BrokerOptions brokerOptions;
  private final int apiPort;
  private LocalBroker broker;
  private FlinkSessionCluster cluster;
  private JavaProcess api;
  private String jobId;
  private String supervisorToken;

  private FaultStack(ModuleLauncher launcher, Path data) {
    this.launcher = launcher;
    this.data = data.toAbsolutePath();
    this.brokerOptions = BrokerOptions.defaults().host(HOST).port(Ports.one()).dataDir(this.data.resolve("kafka"));
    this.apiPort = Ports.one();
  }

  /** Starts every part; the alert service starts while the Flink cluster does, to save time. */
  static FaultStack start(ModuleLauncher launcher, Path data) throws IOException {
    FaultStack stack = new FaultStack(launcher, data);
    try {
      stack.startAll();
      return stack;
    } catch (IOException | RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() throws IOException {
    Progress.say("starting the broker");
    broker = LocalBroker.start(brokerOptions);
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
    } catch (TopicAdmin.BrokerException e) {
      throw new IOException("cannot create the topics: " + e.getMessage(), e);
    }
    api = AlertService.start(launcher, HOST, apiPort, broker.bootstrapServers(), data);
    Progress.say("starting the Flink session cluster (" + TASK_MANAGERS + " TaskManagers) and the alert service");
    // One more consecutive port than TaskManagers: the metrics port of the one that replaces a killed one.
    int[] ports = Ports.free(3 + TASK_MANAGERS + 1);
    cluster = FlinkSessionCluster.start(new FlinkClusterOptions(data.resolve("flink"), HOST, ports[0], ports[1],
        TASK_MANAGERS, 1, ports[2]), launcher.flinkClasspath(), launcher.commonJvmOptions());
    // A copy, so a rebuild of flink-jobs during the run cannot change the jar under it.
    Path jar = Files.copy(launcher.jobJar(), data.resolve("job.jar"));
    String jarId = rest().uploadJar(jar);
    Files.createDirectories(checkpointDir());
    jobId = rest().run(jarId, HYGIENE_JOB, List.of("--bootstrap-servers", broker.bootstrapServers(),
        "--group-id", GROUP_ID, "--starting-offsets", "earliest", "--checkpoint-interval", "1s",
        "--checkpoint-dir", checkpointDir().toUri().toString(), "--parallelism", "1"), null);
    rest().awaitJobState(jobId, "RUNNING", START_TIMEOUT);
    HttpProbe.awaitOk(URI.create(apiUrl() + "/health"), api, START_TIMEOUT);
    supervisorToken = AlertService.mintToken(launcher, data, "faults-supervisor", "supervisor", "*", "*");
    Progress.say("stack ready: job " + jobId + " RUNNING, alert service on " + apiUrl());
  }

  String bootstrapServers() {
    return broker.bootstrapServers();
  }

  FlinkRest rest() {
    return cluster.rest();
  }

  FlinkSessionCluster cluster() {
    return cluster;
  }

  String jobId() {
    return jobId;
  }

  Path checkpointDir() {
    return data.resolve("checkpoints");
  }

  Path dataDir() {
    return data;
  }

  String apiUrl() {
    return "http://" + HOST + ":" + apiPort;
  }

  String supervisorToken() {
    return supervisorToken;
  }

  /** The job's restarts so far: one per failure in its exception history. */
  long jobRestarts() throws IOException {
    return rest().jobFailures(jobId);
  }

  /** One of the job's checkpoint counts ("completed", "failed", "restored" …) as the JobManager reports it. */
  long checkpointCount(String count) throws IOException {
    return rest().checkpoints(jobId).path("counts").path(count).asLong();
  }

  void killBroker() {
    broker.kill();
  }

  /** Starts the broker again on the same port and data directory; returns once it answers. */
  void startBroker() throws IOException {
    broker = LocalBroker.start(brokerOptions);
  }

  void killAlertService() {
    api.kill();
  }

  /** Starts the alert service again on the same port and state directory; returns once it is healthy. */
  void startAlertService() throws IOException {
    api.close();
    api = AlertService.start(launcher, HOST, apiPort, broker.bootstrapServers(), data);
    HttpProbe.awaitOk(URI.create(apiUrl() + "/health"), api, START_TIMEOUT);
  }

  /** Stops the service, the cluster, then the broker; parts that never started are skipped. */
  @Override
  public void close() {
    if (api != null) {
      api.close();
    }
    if (cluster != null) {
      cluster.close();
    }
    if (broker != null) {
      broker.close();
    }
  }
}
