package fr.sentinelle.connectors.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicPlanTest {
  @Test
  void everyFeedPlusAlertsAndDeadLetters() {
    Map<String, Integer> partitions = TopicPlan.topics().stream()
        .collect(Collectors.toMap(PlannedTopic::name, PlannedTopic::partitions));
    assertEquals(Map.of("sentinelle.feed.reviews", 6, "sentinelle.feed.water", 6, "sentinelle.feed.scenes", 6,
        "sentinelle.feed.calls", 6, "sentinelle.feed.letters", 6, "sentinelle.feed.medical", 6,
        Topics.ALERTS, 3, Topics.DEAD_LETTERS, 3), partitions);
    assertEquals(Feed.values().length + 2, TopicPlan.topics().size());
  }

  @Test
  void newTopicCarriesRetentionAndLeavesReplicationToTheBroker() {
    NewTopic alerts = TopicPlan.topics().stream().filter(t -> t.name().equals(Topics.ALERTS)).findFirst()
        .orElseThrow().toNewTopic();
    assertEquals(Map.of("retention.ms", "31536000000", "cleanup.policy", "delete"), alerts.configs());
    assertEquals(3, alerts.numPartitions());
    assertEquals(-1, alerts.replicationFactor());
    NewTopic reviews = TopicPlan.topics().get(0).toNewTopic();
    assertEquals("604800000", reviews.configs().get("retention.ms"));
  }
}
