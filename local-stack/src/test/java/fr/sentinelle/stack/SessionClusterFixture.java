package fr.sentinelle.stack;

import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import fr.sentinelle.stack.flink.FlinkClusterOptions;
import fr.sentinelle.stack.flink.FlinkRest;
import fr.sentinelle.stack.flink.FlinkSessionCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the session-cluster tests share: a real broker with the planned topics, a real Flink session
 * cluster (separate JobManager and TaskManager JVMs, Flink's jars only) and the job jar uploaded to it.
 */
final class SessionClusterFixture implements AutoCloseable {
  static final String HYGIENE_JOB = "fr.sentinelle.jobs.hygiene.HygieneJob";

  final LocalBroker broker;
  final FlinkSessionCluster cluster;
  final FlinkRest rest;
  final String jarId;

  private SessionClusterFixture(LocalBroker broker, FlinkSessionCluster cluster, String jarId) {
    this.broker = broker;
    this.cluster = cluster;
    this.rest = cluster.rest();
    this.jarId = jarId;
  }

  static SessionClusterFixture start(Path dir, int taskManagers, int slots) throws Exception {
    ModuleLauncher launcher = ModuleLauncher.fromEnvironment();
    // A copy, so a rebuild of flink-jobs while the test runs cannot change the jar under it.
    Path jar = Files.copy(launcher.jobJar(), dir.resolve("job.jar"));
    LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dir.resolve("kafka")));
    FlinkSessionCluster cluster = null;
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
      int[] ports = Ports.free(3 + taskManagers);
      cluster = FlinkSessionCluster.start(new FlinkClusterOptions(dir.resolve("flink"), "127.0.0.1", ports[0],
          ports[1], taskManagers, slots, ports[2]), launcher.flinkClasspath(), launcher.commonJvmOptions());
      String jarId = cluster.rest().uploadJar(jar);
      return new SessionClusterFixture(broker, cluster, jarId);
    } catch (Exception | Error e) {
      if (cluster != null) {
        cluster.close();
      }
      broker.close();
      throw e;
    }
  }

  /** Arguments of a hygiene job reading the reviews feed from the start with its own consumer group. */
  List<String> hygieneArgs(String groupId, int parallelism) {
    return new ArrayList<>(List.of("--bootstrap-servers", broker.bootstrapServers(), "--group-id", groupId,
        "--starting-offsets", "earliest", "--checkpoint-interval", "1s",
        "--parallelism", Integer.toString(parallelism)));
  }

  @Override
  public void close() {
    cluster.close();
    broker.close();
  }
}
