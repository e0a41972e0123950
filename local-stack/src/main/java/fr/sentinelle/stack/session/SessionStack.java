package fr.sentinelle.stack.session;

import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.JavaProcess;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import fr.sentinelle.stack.ModuleLauncher;
import fr.sentinelle.stack.flink.FlinkClusterOptions;
import fr.sentinelle.stack.flink.FlinkRest;
import fr.sentinelle.stack.flink.FlinkSessionCluster;
import fr.sentinelle.stack.prometheus.PrometheusConfig;
import fr.sentinelle.stack.prometheus.PrometheusServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the whole stack on a Flink session cluster, in order: Kafka and the topics, the JobManager and
 * TaskManagers, the detector jobs (submitted through the REST API from the job jar), the alert service,
 * Prometheus. On any failure, what started is stopped again.
 */
final class SessionStack {
  static final String ALERT_API = "fr.sentinelle.api.Application";
  static final String HYGIENE_JOB = "fr.sentinelle.jobs.hygiene.HygieneJob";
  static final String WATER_JOB = "fr.sentinelle.jobs.water.WaterJob";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final StackSettings settings;
  private final UpCommand.JobSettings jobSettings;
  private final ModuleLauncher launcher;
  private final PrintStream out;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final List<StackState.Part> parts = new ArrayList<>();

  SessionStack(StackSettings settings, UpCommand.JobSettings jobSettings, ModuleLauncher launcher, PrintStream out) {
    this.settings = settings;
    this.jobSettings = jobSettings;
    this.launcher = launcher;
    this.out = out;
  }

  List<Integer> ports() {
    List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort, settings.flinkRestPort, settings.flinkRpcPort,
        settings.apiPort, settings.prometheusPort, settings.metricsPort));
    for (int i = 0; i < jobSettings.taskManagers; i++) {
      ports.add(settings.metricsPort + 1 + i);
    }
    return ports;
  }

  StackState start() throws IOException {
    try {
      return startAll();
    } catch (IOException | RuntimeException e) {
      stopStarted();
      throw e;
    }
  }

  private StackState startAll() throws IOException {
    Path data = settings.dataDir.toAbsolutePath();
    String host = settings.host;
    Path jobJar = jobSettings.jobJar != null ? jobSettings.jobJar : launcher.jobJar();

    out.println("Kafka broker on " + host + ":" + settings.kafkaPort + " …");
    LocalBroker broker = remember(LocalBroker.start(BrokerOptions.defaults().host(host).port(settings.kafkaPort)
        .dataDir(data.resolve("kafka"))));
    parts.add(new StackState.Part("kafka-broker", broker.pid(), broker.bootstrapServers(), "kafka.Kafka"));
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
    } catch (TopicAdmin.BrokerException e) {
      throw new IOException("cannot create the topics: " + e.getMessage(), e);
    }

    out.println("Flink session cluster: 1 JobManager, " + jobSettings.taskManagers + " TaskManager(s) × "
        + jobSettings.slots + " slots, REST on " + host + ":" + settings.flinkRestPort + " …");
    FlinkClusterOptions flinkOptions = new FlinkClusterOptions(data.resolve("flink"), host, settings.flinkRestPort,
        settings.flinkRpcPort, jobSettings.taskManagers, jobSettings.slots, settings.metricsPort);
    FlinkSessionCluster flink = remember(FlinkSessionCluster.start(flinkOptions, launcher.flinkClasspath(),
        launcher.commonJvmOptions()));
    parts.add(new StackState.Part("flink-jobmanager", flink.jobManager().pid(), flink.restUri().toString(),
        "StandaloneSessionClusterEntrypoint"));
    for (int i = 0; i < flink.taskManagers().size(); i++) {
      parts.add(new StackState.Part("flink-taskmanager-" + i, flink.taskManagers().get(i).pid(),
          FlinkSessionCluster.resourceId(i) + ", metrics " + host + ":" + flinkOptions.taskManagerMetricsPort(i),
          "TaskManagerRunner"));
    }

    List<StackState.Job> jobs = submitJobs(flink.rest(), jobJar, broker.bootstrapServers());

    out.println("Alert service on " + host + ":" + settings.apiPort + " …");
    JavaProcess api = remember(fr.sentinelle.stack.AlertService.start(launcher, host, settings.apiPort,
        broker.bootstrapServers(), data));
    String apiUrl = "http://" + host + ":" + settings.apiPort;
    parts.add(new StackState.Part("alert-api", api.pid(), apiUrl, ALERT_API));
    fr.sentinelle.stack.HttpProbe.awaitOk(URI.create(apiUrl + "/health"), api, START_TIMEOUT);

    out.println("Prometheus on " + host + ":" + settings.prometheusPort + " …");
    PrometheusServer prometheus = remember(startPrometheus(data, flinkOptions));
    parts.add(new StackState.Part("prometheus", prometheus.pid(), prometheus.uri().toString(), "prometheus"));

    return new StackState(broker.bootstrapServers(), flink.restUri().toString(), apiUrl,
        prometheus.uri().toString(), jobSettings.taskManagers, List.copyOf(parts), jobs, ports());
  }

  /** Submits the hygiene and water jobs, from their last savepoint if any. */
  private List<StackState.Job> submitJobs(FlinkRest rest, Path jobJar, String bootstrap) throws IOException {
    out.println("Uploading " + jobJar.getFileName() + " to the session cluster …");
    String jarId = rest.uploadJar(jobJar);
    Map<String, String> savepoints = jobSettings.fresh ? Map.of() : LastSavepoints.read(settings.savepointsFile());
    List<StackState.Job> jobs = new ArrayList<>();
    Map<String, List<String>> wanted = new LinkedHashMap<>();
    wanted.put("restaurant-hygiene", jobArgs(bootstrap, "restaurant-hygiene"));
    List<String> water = jobArgs(bootstrap, "water-quality");
    if (jobSettings.waterModel != null) {
      water.addAll(List.of("--model", jobSettings.waterModel.toAbsolutePath().toString()));
    } // else the default model inside the job jar, trained by the build from simulated stations
    wanted.put("water-quality", water);
    for (var job : wanted.entrySet()) {
      String entry = job.getKey().equals("water-quality") ? WATER_JOB : HYGIENE_JOB;
      String savepoint = savepoints.get(job.getKey());
      if (savepoint != null && !Files.isDirectory(Path.of(URI.create(savepoint)))) {
        savepoint = null;
      }
      String id;
      try {
        id = rest.run(jarId, entry, job.getValue(), savepoint);
      } catch (IOException e) {
        throw new IOException("cannot start the " + job.getKey() + " job" + (savepoint == null ? ""
            : " from its savepoint " + savepoint + " (start without it: stack up --fresh)") + ": " + e.getMessage(), e);
      }
      rest.awaitJobState(id, "RUNNING", START_TIMEOUT);
      out.println("  " + job.getKey() + ": job " + id + " RUNNING" + (savepoint == null ? "" : ", resumed from " + savepoint));
      jobs.add(new StackState.Job(job.getKey(), id, entry));
    }
    return jobs;
  }

  private List<String> jobArgs(String bootstrap, String detector) {
    return new ArrayList<>(List.of("--bootstrap-servers", bootstrap, "--group-id", "sentinelle-" + detector,
        "--starting-offsets", "committed", "--parallelism", Integer.toString(jobSettings.parallelism),
        "--checkpoint-interval", jobSettings.checkpointInterval));
  }

  private PrometheusServer startPrometheus(Path data, FlinkClusterOptions flink) throws IOException {
    String host = settings.host;
    List<String> flinkTargets = new ArrayList<>(List.of(host + ":" + flink.metricsPort()));
    for (int i = 0; i < flink.taskManagers(); i++) {
      flinkTargets.add(host + ":" + flink.taskManagerMetricsPort(i));
    }
    Path monitoring = launcher.projectRoot().resolve("monitoring").resolve("prometheus");
    String config = PrometheusConfig.generate(monitoring.resolve("prometheus.yml"), Map.of(
        "prometheus", List.of(host + ":" + settings.prometheusPort),
        "alert-api", List.of(host + ":" + settings.apiPort),
        "flink", flinkTargets), monitoring.resolve("rules"));
    PrometheusServer prometheus = PrometheusServer.start(launcher.projectRoot(), data.resolve("prometheus"), config,
        host, settings.prometheusPort);
    Health.awaitPrometheusReady(prometheus, START_TIMEOUT);
    return prometheus;
  }

  private <T extends AutoCloseable> T remember(T part) {
    started.push(part);
    return part;
  }

  private void stopStarted() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        out.println("while stopping: " + e.getMessage());
      }
    }
  }

}
