package fr.sentinelle.jobs.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.HTTPServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import org.apache.flink.metrics.prometheus.AbstractPrometheusReporter;

/**
 * Flink's Prometheus reporter (same names, labels and text format as {@code PrometheusReporter})
 * served on a given host only. Flink's own reporter binds the wildcard address and keeps its
 * registry package-private, so the registry is read once by reflection; a Flink upgrade that
 * renames it fails here loudly, at start, never silently.
 */
public final class LoopbackPrometheusReporter extends AbstractPrometheusReporter {
  private final HTTPServer server;

  LoopbackPrometheusReporter(String host, int port) {
    try {
      server = new HTTPServer(new InetSocketAddress(host, port), registryOf(this), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not serve Prometheus metrics on " + host + ":" + port, e);
    }
    log.info("Prometheus metrics on http://{}:{}/metrics", host, server.getPort());
  }

  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.stop();
    super.close();
  }

  private static CollectorRegistry registryOf(AbstractPrometheusReporter reporter) {
    try {
      Field field = AbstractPrometheusReporter.class.getDeclaredField("registry");
      field.setAccessible(true);
      return (CollectorRegistry) field.get(reporter);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this Flink version's Prometheus reporter has no registry field", e);
    }
  }
}
