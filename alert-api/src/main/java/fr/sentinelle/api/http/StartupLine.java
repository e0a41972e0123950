package fr.sentinelle.api.http;

import fr.sentinelle.api.config.AlertSettings;
import fr.sentinelle.api.config.KafkaSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints the one line an operator needs once the server listens: where to look. */
@Singleton
public class StartupLine {
  private static final Logger LOG = LoggerFactory.getLogger(StartupLine.class);

  private final KafkaSettings kafka;
  private final AlertSettings alerts;

  public StartupLine(KafkaSettings kafka, AlertSettings alerts) {
    this.kafka = kafka;
    this.alerts = alerts;
  }

  @EventListener
  void onStartup(ServerStartupEvent event) {
    LOG.info("Sentinelle alert service on {}/api/alerts (live: {}/api/alerts/stream), reading {} at {}",
        event.getSource().getURL(), event.getSource().getURL(), alerts.getTopic(),
        kafka.getBootstrapServers());
  }
}
