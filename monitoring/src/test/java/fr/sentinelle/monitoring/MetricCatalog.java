package fr.sentinelle.monitoring;

import fr.sentinelle.api.metrics.MetricNames;
import fr.sentinelle.jobs.metrics.ExportedMetrics;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every metric name a dashboard or rule may use, each with where it comes from: the Flink job
 * (fr.sentinelle.jobs.metrics.ExportedMetrics, checked against a live scrape by flink-jobs'
 * HygieneMetricsITCase, under the names Prometheus stores after the scrape config's rename), the
 * alert service (fr.sentinelle.api.metrics.MetricNames), the JVM metrics the alert service registers
 * (scraped here from the real collectors), Prometheus itself, and the recording rules.
 */
final class MetricCatalog {
  private MetricCatalog() {}

  static Map<String, String> known() {
    Map<String, String> known = new TreeMap<>();
    for (String name : ExportedMetrics.all()) {
      known.put(name, "flink job (as exported)");
      known.put(ExportedMetrics.storedName(name), "flink job (as stored)");
    }
    for (String name : constants(MetricNames.class)) {
      known.put(name, "alert service");
      if (name.endsWith("_seconds")) { // the alert service's durations are histograms
        for (String series : new String[] {"_bucket", "_count", "_sum"}) {
          known.put(name + series, "alert service (histogram)");
        }
      }
    }
    for (String name : jvmMetricNames()) {
      known.putIfAbsent(name, "alert service JVM");
    }
    known.put("up", "prometheus");
    for (String name : MonitoringFiles.recordedNames()) {
      known.put(name, "recording rule");
    }
    return known;
  }

  /** The string constants of a names class that are metric names (not label names). */
  static Set<String> constants(Class<?> names) {
    Set<String> result = new TreeSet<>();
    for (Field field : names.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          String value = (String) field.get(null);
          if (value.startsWith("sentinelle_")) {
            result.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return result;
  }

  /** Names in the text format, as Prometheus stores them (counters with _total, summaries' _count ...). */
  static Set<String> jvmMetricNames() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PrometheusTextFormatWriter(false).write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> names = new TreeSet<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.split("[{ ]", 2)[0]);
      }
    }
    return names;
  }
}
