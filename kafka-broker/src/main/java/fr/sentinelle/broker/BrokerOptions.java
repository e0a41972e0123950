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
  private final ScramAdmin scram;

  private BrokerOptions(String host, int port, int controllerPort, Path dataDir, String heap, ScramAdmin scram) {
    this.host = host;
    this.port = port;
    this.controllerPort = controllerPort;
    this.dataDir = dataDir;
    this.heap = heap;
    this.scram = scram;
  }

  /** 127.0.0.1:9092, controller on a free port, data under ./var/kafka, 512 MiB heap. */
  public static BrokerOptions defaults() {
    return new BrokerOptions("127.0.0.1", DEFAULT_PORT, 0, Paths.get("var", "kafka"), "512m", null);
  }

  public BrokerOptions host(String value) {
    return new BrokerOptions(Objects.requireNonNull(value), port, controllerPort, dataDir, heap, scram);
  }

  public BrokerOptions port(int value) {
    return new BrokerOptions(host, value, controllerPort, dataDir, heap, scram);
  }

  public BrokerOptions controllerPort(int value) {
    return new BrokerOptions(host, port, value, dataDir, heap, scram);
  }

  public BrokerOptions dataDir(Path value) {
    return new BrokerOptions(host, port, controllerPort, Objects.requireNonNull(value), heap, scram);
  }

  public BrokerOptions heap(String value) {
    return new BrokerOptions(host, port, controllerPort, dataDir, Objects.requireNonNull(value), scram);
  }

  /**
   * Clients must authenticate with SASL/SCRAM-SHA-512 and are authorized by ACLs; {@code adminPassword} is
   * the password of the super user {@value ScramAdmin#USER}, who creates topics, users and ACLs.
   * The data directory must be new (credentials are written when the storage is formatted).
   */
  public BrokerOptions scram(String adminPassword) {
    return new BrokerOptions(host, port, controllerPort, dataDir, heap, new ScramAdmin(adminPassword));
  }

  /** The SCRAM super user, or null when clients connect without authentication. */
  public ScramAdmin scram() {
    return scram;
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
