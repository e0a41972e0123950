package fr.sentinelle.api.metrics;

import io.micronaut.context.annotation.Factory;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;

/**
 * One registry per application context, not the global default, so several contexts in one JVM
 * (tests) never clash on names.
 */
@Factory
public class PrometheusRegistryFactory {
  @Singleton
  PrometheusRegistry prometheusRegistry() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    return registry;
  }
}
