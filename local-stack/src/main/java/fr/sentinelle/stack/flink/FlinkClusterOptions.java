package fr.sentinelle.stack.flink;

import java.nio.file.Path;

/**
 * Shape of a local session cluster.
 *
 * @param dir configuration, logs, checkpoints, savepoints and uploaded jars live below it
 * @param host address every endpoint binds to (127.0.0.1 unless asked otherwise)
 * @param restPort REST API and web UI of the JobManager
 * @param rpcPort JobManager RPC port, where TaskManagers register
 * @param taskManagers how many TaskManager processes
 * @param slotsPerTaskManager task slots in each TaskManager
 * @param metricsPort Prometheus reporter of the JobManager; TaskManager i uses metricsPort + 1 + i
 */
public record FlinkClusterOptions(Path dir, String host, int restPort, int rpcPort, int taskManagers,
    int slotsPerTaskManager, int metricsPort) {
  public static final int DEFAULT_REST_PORT = 8081;
  public static final int DEFAULT_RPC_PORT = 6123;
  public static final int DEFAULT_METRICS_PORT = 9249;

  public FlinkClusterOptions {
    if (taskManagers < 1 || slotsPerTaskManager < 1) {
      throw new IllegalArgumentException("a session cluster needs at least one TaskManager with one slot");
    }
  }

  public int taskManagerMetricsPort(int index) {
    return metricsPort + 1 + index;
  }

  public Path checkpoints() {
    return dir.resolve("checkpoints");
  }

  public Path savepoints() {
    return dir.resolve("savepoints");
  }
}
