package fr.sentinelle.connectors.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic of the plan: name, partitions, retention (null = kept forever), cleanup policy, and why.
 *
 * @param appendTime whether the broker stamps records with the time it appends them
 *     ({@code message.timestamp.type=LogAppendTime}) rather than keeping the producer's timestamp
 */
public record PlannedTopic(String name, int partitions, Duration retention, String cleanupPolicy, boolean appendTime,
    String why) {
  /** A topic whose records are only deleted when older than its retention. */
  public static PlannedTopic deleting(String name, int partitions, Duration retention, String why) {
    return new PlannedTopic(name, partitions, retention, TopicConfig.CLEANUP_POLICY_DELETE, false, why);
  }

  /** A topic keyed by identity: only each key's latest record is kept, and only within the retention. */
  public static PlannedTopic compactedAndDeleting(String name, int partitions, Duration retention, String why) {
    return new PlannedTopic(name, partitions, retention,
        TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE, false, why);
  }

  /**
   * The same topic with records stamped by the broker on append: retention then counts from when a
   * record was written. The jobs write alerts and dead letters with the event time of what they
   * are about, and a replay of months-old readings would otherwise be deleted by retention at
   * once, before a stopped alert service has read it.
   */
  public PlannedTopic stampedOnAppend() {
    return new PlannedTopic(name, partitions, retention, cleanupPolicy, true, why);
  }

  public String timestampType() {
    return appendTime ? "LogAppendTime" : "CreateTime";
  }

  /** Replication is left to the broker's default.replication.factor: 1 on the local stack, 3 on a cluster. */
  public NewTopic toNewTopic() {
    return new NewTopic(name, Optional.of(partitions), Optional.empty())
        .configs(Map.of(
            TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()),
            TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy,
            TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, timestampType()));
  }
}
