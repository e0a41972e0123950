package fr.sentinelle.jobs.metrics;

import java.util.Properties;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * Creates {@link LoopbackPrometheusReporter}: Flink's Prometheus reporter, but listening on one
 * host (127.0.0.1 unless configured) instead of every interface, as the local stack promises.
 * Configured as {@code metrics.reporter.<name>.factory.class} with {@code port} and {@code host}.
 */
public final class LoopbackPrometheusReporterFactory implements MetricReporterFactory {
  public static final String HOST = "host";
  public static final String PORT = "port";
  public static final String DEFAULT_HOST = "127.0.0.1";

  @Override
  public LoopbackPrometheusReporter createMetricReporter(Properties properties) {
    MetricConfig config = (MetricConfig) properties;
    String port = config.getString(PORT, null);
    if (port == null) {
      throw new IllegalArgumentException("the Prometheus reporter needs a port");
    }
    return new LoopbackPrometheusReporter(config.getString(HOST, DEFAULT_HOST), Integer.parseInt(port.trim()));
  }
}
