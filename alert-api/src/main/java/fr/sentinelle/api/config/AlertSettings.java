package fr.sentinelle.api.config;

import fr.sentinelle.avro.Topics;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** What the service reads and how it streams it ({@code sentinelle.alerts.*}). */
@ConfigurationProperties("sentinelle.alerts")
public class AlertSettings {
  public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(15);
  public static final int DEFAULT_SUBSCRIBER_BUFFER = 1024;

  private String topic = Topics.ALERTS;
  private Duration keepAlive = DEFAULT_KEEP_ALIVE;
  private int subscriberBuffer = DEFAULT_SUBSCRIBER_BUFFER;

  /** {@code sentinelle.alerts.topic}: the alert topic; default {@value Topics#ALERTS}. */
  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  /**
   * {@code sentinelle.alerts.keep-alive}: how often the live stream sends a comment line so proxies
   * keep an idle connection open; default 15s.
   */
  public Duration getKeepAlive() {
    return keepAlive;
  }

  public void setKeepAlive(Duration keepAlive) {
    this.keepAlive = keepAlive;
  }

  /**
   * {@code sentinelle.alerts.subscriber-buffer}: alerts held for one slow live subscriber before its
   * stream is ended (it reconnects); default {@value #DEFAULT_SUBSCRIBER_BUFFER}.
   */
  public int getSubscriberBuffer() {
    return subscriberBuffer;
  }

  public void setSubscriberBuffer(int subscriberBuffer) {
    this.subscriberBuffer = subscriberBuffer;
  }
}
