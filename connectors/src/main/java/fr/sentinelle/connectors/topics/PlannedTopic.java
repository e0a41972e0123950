package fr.sentinelle.connectors.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic of the plan: name, partitions, retention (null = kept forever), cleanup policy, and why.
 */
public record PlannedTopic(String name, int partitions, Duration retention, String cleanupPolicy, String why) {
  /** A topic whose records are only deleted when older than its retention. */
  public static PlannedTopic deleting(String name, int partitions, Duration retention, String why) {
    return new PlannedTopic(name, partitions, retention, TopicConfig.CLEANUP_POLICY_DELETE, why);
  }

  /** A topic keyed by identity: only each key's latest record is kept, and only within the retention. */
  public static PlannedTopic compactedAndDeleting(String name, int partitions, Duration retention, String why) {
    return new PlannedTopic(name, partitions, retention,
        TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE, why);
  }

  /** Replication is left to the broker's default.replication.factor: 1 on the local stack, 3 on a cluster. */
  public NewTopic toNewTopic() {
    return new NewTopic(name, Optional.of(partitions), Optional.empty())
        .configs(Map.of(
            TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()),
            TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy));
  }
}
