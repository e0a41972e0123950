package fr.sentinelle.stack.session;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the stack listens and keeps its data (a picocli mixin shared by up, status and down). */
public final class StackSettings {
  @Option(names = "--data-dir", description = "broker storage, Flink checkpoints and savepoints, logs and the state file (default: ${DEFAULT-VALUE})")
  public Path dataDir = Path.of("var", "stack");

  @Option(names = "--host", description = "address every part listens on (default: ${DEFAULT-VALUE})")
  public String host = "127.0.0.1";

  @Option(names = "--kafka-port", description = "Kafka broker (default: ${DEFAULT-VALUE})")
  public int kafkaPort = 9092;

  @Option(names = "--api-port", description = "alert service (default: ${DEFAULT-VALUE})")
  public int apiPort = 8080;

  @Option(names = "--flink-rest-port", description = "Flink REST API and web UI (default: ${DEFAULT-VALUE})")
  public int flinkRestPort = 8081;

  @Option(names = "--flink-rpc-port", description = "Flink JobManager RPC (default: ${DEFAULT-VALUE})")
  public int flinkRpcPort = 6123;

  @Option(names = "--metrics-port", description = "Prometheus reporter of the JobManager; TaskManager i uses this + 1 + i (default: ${DEFAULT-VALUE})")
  public int metricsPort = 9249;

  @Option(names = "--prometheus-port", description = "Prometheus (default: ${DEFAULT-VALUE})")
  public int prometheusPort = 9090;

  public Path stateFile() {
    return dataDir.toAbsolutePath().resolve("stack.json");
  }

  public Path savepointsFile() {
    return dataDir.toAbsolutePath().resolve("last-savepoints.json");
  }
}
