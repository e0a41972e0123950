package fr.sentinelle.broker;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

/** Where the local broker listens and keeps its data. Port 0 picks a free port at start. */
public final class BrokerOptions {
  public static final int DEFAULT_PORT = 9092;

  private final String host;
  private final int port;
  private final int controllerPort;
  private final Path dataDir;
  private final String heap;

  private BrokerOptions(String host, int port, int controllerPort, Path dataDir, String heap) {
    this.host = host;
    this.port = port;
    this.controllerPort = controllerPort;
    this.dataDir = dataDir;
    this.heap = heap;
  }

  /** 127.0.0.1:9092, controller on a free port, data under ./var/kafka, 512 MiB heap. */
  public static BrokerOptions defaults() {
    return new BrokerOptions("127.0.0.1", DEFAULT_PORT, 0, Paths.get("var", "kafka"), "512m");
  }

  public BrokerOptions host(String value) {
    return new BrokerOptions(Objects.requireNonNull(value), port, controllerPort, dataDir, heap);
  }

  public BrokerOptions port(int value) {
    return new BrokerOptions(host, value, controllerPort, dataDir, heap);
  }

  public BrokerOptions controllerPort(int value) {
    return new BrokerOptions(host, port, value, dataDir, heap);
  }

  public BrokerOptions dataDir(Path value) {
    return new BrokerOptions(host, port, controllerPort, Objects.requireNonNull(value), heap);
  }

  public BrokerOptions heap(String value) {
    return new BrokerOptions(host, port, controllerPort, dataDir, Objects.requireNonNull(value));
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public int controllerPort() {
    return controllerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String heap() {
    return heap;
  }
}
