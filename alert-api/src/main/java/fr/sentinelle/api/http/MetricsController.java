package fr.sentinelle.api.http;

import fr.sentinelle.api.access.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.annotation.Secured;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Prometheus scrape endpoint, in the text exposition format: operator token, or no token from the
 * same machine when {@code sentinelle.security.metrics-on-loopback} is true.
 */
@Controller
@Secured(Roles.OPERATOR)
public class MetricsController {
  private final PrometheusRegistry registry;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public MetricsController(PrometheusRegistry registry) {
    this.registry = registry;
  }

  @Get("/metrics")
  @ExecuteOn(TaskExecutors.BLOCKING) // the stored-alerts gauge reads the store
  public HttpResponse<byte[]> metrics() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    writer.write(out, registry.scrape());
    return HttpResponse.ok(out.toByteArray()).contentType(writer.getContentType());
  }
}
