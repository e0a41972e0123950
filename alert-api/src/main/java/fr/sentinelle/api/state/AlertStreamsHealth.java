package fr.sentinelle.api.state;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** {@code /health} is UP only while Kafka Streams is RUNNING: otherwise the store cannot answer. */
@Singleton
public class AlertStreamsHealth implements HealthIndicator {
  private final AlertStreams streams;

  public AlertStreamsHealth(AlertStreams streams) {
    this.streams = streams;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    KafkaStreams.State state = streams.state();
    HealthStatus status = state == KafkaStreams.State.RUNNING ? HealthStatus.UP : HealthStatus.DOWN;
    return Mono.just(HealthResult.builder("alertStreams", status)
        .details(Map.of("state", state.name())).build());
  }
}
