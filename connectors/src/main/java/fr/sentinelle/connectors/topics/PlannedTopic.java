package fr.sentinelle.connectors.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** One topic of the plan: name, partitions, retention, and why. */
public record PlannedTopic(String name, int partitions, Duration retention, String why) {
  /** Replication is left to the broker's default.replication.factor: 1 on the local stack, 3 on a cluster. */
  public NewTopic toNewTopic() {
    return new NewTopic(name, Optional.of(partitions), Optional.empty())
        .configs(Map.of(
            TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()),
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
  }
}
