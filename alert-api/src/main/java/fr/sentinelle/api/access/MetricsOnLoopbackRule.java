package fr.sentinelle.api.access;

import fr.sentinelle.api.config.SecuritySettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * With {@code sentinelle.security.metrics-on-loopback: true}, a scrape of /metrics from the same
 * machine needs no token (a local Prometheus); otherwise this rule abstains and /metrics needs an
 * operator token.
 */
@Singleton
public class MetricsOnLoopbackRule implements SecurityRule<HttpRequest<?>> {
  private final boolean enabled;

  public MetricsOnLoopbackRule(SecuritySettings settings) {
    this.enabled = settings.isMetricsOnLoopback();
  }

  @Override
  public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
    boolean loopbackScrape = enabled && "/metrics".equals(request.getPath())
        && request.getRemoteAddress().getAddress() != null
        && request.getRemoteAddress().getAddress().isLoopbackAddress();
    return Mono.just(loopbackScrape ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
  }

  @Override
  public int getOrder() {
    return -1000; // before the annotation and URL rules
  }
}
