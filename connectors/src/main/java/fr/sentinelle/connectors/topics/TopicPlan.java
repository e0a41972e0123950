package fr.sentinelle.connectors.topics;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every topic Sentinelle uses, with its partitions and retention: the one place they are decided. */
public final class TopicPlan {
  /**
   * Feeds are keyed by subject (establishment, station…): six partitions let up to six job
   * subtasks read in parallel, with many subjects per partition, and stay cheap on one broker.
   */
  public static final int FEED_PARTITIONS = 6;
  /** A week covers the longest detector window plus time to replay after an outage or a model change. */
  public static final Duration FEED_RETENTION = Duration.ofDays(7);
  /** Health data is kept as briefly as the work allows: three days still cover a weekend's outage. */
  public static final Duration MEDICAL_FEED_RETENTION = Duration.ofDays(3);
  /** Alerts are few; three partitions suffice and keep per-alert-id order. */
  public static final int ALERT_PARTITIONS = 3;
  /** Alerts are the record of what inspectors were told, and the alert service rebuilds its state from them: one year. */
  public static final Duration ALERT_RETENTION = Duration.ofDays(365);
  /** Dead letters are rare and only need to outlive the time someone takes to look at them. */
  public static final int DEAD_LETTER_PARTITIONS = 3;
  /** A month: long enough to notice, fix the integrator's side and republish. */
  public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);
  /** Actions are keyed by case id; three partitions like the alerts they act on. */
  public static final int ACTION_PARTITIONS = 3;
  /** Actions are the inspectors' record of what they did: kept as long as the alerts. */
  public static final Duration ACTION_RETENTION = ALERT_RETENTION;
  /** Verdicts are the labelled data detectors are retrained on: few, small, kept forever (null). */
  public static final Duration FEEDBACK_RETENTION = null;
  public static final int FEEDBACK_PARTITIONS = 1;

  private TopicPlan() {}

  public static List<PlannedTopic> topics() {
    List<PlannedTopic> topics = new ArrayList<>();
    for (Feed feed : Feed.values()) {
      topics.add(PlannedTopic.deleting(feed.topic(), FEED_PARTITIONS,
          feed == Feed.MEDICAL ? MEDICAL_FEED_RETENTION : FEED_RETENTION,
          "feed of the " + feed.detector() + " detector, keyed by " + feed.subjectField()));
    }
    // An alert's later versions (UPDATE, CLOSED) carry its id as key: compaction keeps the latest one.
    topics.add(PlannedTopic.compactedAndDeleting(Topics.ALERTS, ALERT_PARTITIONS, ALERT_RETENTION,
        "alerts of every detector, keyed by alert id").stampedOnAppend());
    // Dead letters are keyed by source coordinates: compaction drops the copy a job replay writes again.
    topics.add(PlannedTopic.compactedAndDeleting(Topics.DEAD_LETTERS, DEAD_LETTER_PARTITIONS, DEAD_LETTER_RETENTION,
        "records rejected by a job, with the reason").stampedOnAppend());
    // Every action is history (event-sourced cases): never compacted.
    topics.add(PlannedTopic.deleting(Topics.ALERT_ACTIONS, ACTION_PARTITIONS, ACTION_RETENTION,
        "inspectors' actions on cases, keyed by case id"));
    // Not compacted: a case resolved, reopened and resolved again has two verdicts on different alerts.
    topics.add(PlannedTopic.deleting(Topics.FEEDBACK, FEEDBACK_PARTITIONS, FEEDBACK_RETENTION,
        "inspectors' verdicts on alerts, for retraining"));
    return List.copyOf(topics);
  }
}
