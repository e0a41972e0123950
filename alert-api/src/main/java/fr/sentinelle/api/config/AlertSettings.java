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
  private String actionsTopic = Topics.ALERT_ACTIONS;
  private String feedbackTopic = Topics.FEEDBACK;
  private long streamRetention = 100_000;
  private Duration keepAlive = DEFAULT_KEEP_ALIVE;
  private int subscriberBuffer = DEFAULT_SUBSCRIBER_BUFFER;

  /** {@code sentinelle.alerts.topic}: the alert topic; default {@value Topics#ALERTS}. */
  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  /** {@code sentinelle.alerts.actions-topic}: inspectors' actions, keyed by case id; default {@value Topics#ALERT_ACTIONS}. */
  public String getActionsTopic() {
    return actionsTopic;
  }

  public void setActionsTopic(String actionsTopic) {
    this.actionsTopic = actionsTopic;
  }

  /** {@code sentinelle.alerts.feedback-topic}: verdicts for retraining, keyed by case id; default {@value Topics#FEEDBACK}. */
  public String getFeedbackTopic() {
    return feedbackTopic;
  }

  public void setFeedbackTopic(String feedbackTopic) {
    this.feedbackTopic = feedbackTopic;
  }

  /**
   * {@code sentinelle.alerts.stream-retention}: how many past stream events are kept for clients
   * resuming with Last-Event-ID; default 100000.
   */
  public long getStreamRetention() {
    return streamRetention;
  }

  public void setStreamRetention(long streamRetention) {
    this.streamRetention = streamRetention;
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
