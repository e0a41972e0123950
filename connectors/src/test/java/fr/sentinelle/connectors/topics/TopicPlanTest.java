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
        Topics.ALERTS, 3, Topics.DEAD_LETTERS, 3, Topics.ALERT_ACTIONS, 3, Topics.FEEDBACK, 1), partitions);
    assertEquals(Feed.values().length + 4, TopicPlan.topics().size());
  }

  @Test
  void newTopicCarriesRetentionAndLeavesReplicationToTheBroker() {
    NewTopic alerts = TopicPlan.topics().stream().filter(t -> t.name().equals(Topics.ALERTS)).findFirst()
        .orElseThrow().toNewTopic();
    assertEquals(Map.of("retention.ms", "31536000000", "cleanup.policy", "compact,delete",
        "message.timestamp.type", "LogAppendTime"), alerts.configs(), "retention counts from when an alert was raised");
    assertEquals(3, alerts.numPartitions());
    assertEquals(-1, alerts.replicationFactor());
    NewTopic reviews = TopicPlan.topics().get(0).toNewTopic();
    assertEquals("604800000", reviews.configs().get("retention.ms"));
    assertEquals("delete", reviews.configs().get("cleanup.policy"));
    assertEquals("259200000", topic(Feed.MEDICAL.topic()).configs().get("retention.ms"), "health data: 3 days");
  }

  @Test
  void actionsAreHistoryAndFeedbackIsKeptForever() {
    NewTopic actions = topic(Topics.ALERT_ACTIONS);
    assertEquals(Map.of("retention.ms", "31536000000", "cleanup.policy", "delete", "message.timestamp.type", "CreateTime"),
        actions.configs());
    assertEquals(Map.of("retention.ms", "2592000000", "cleanup.policy", "compact,delete",
        "message.timestamp.type", "LogAppendTime"), topic(Topics.DEAD_LETTERS).configs());
    NewTopic feedback = topic(Topics.FEEDBACK);
    assertEquals(Map.of("retention.ms", "-1", "cleanup.policy", "delete", "message.timestamp.type", "CreateTime"),
        feedback.configs());
  }

  private static NewTopic topic(String name) {
    return TopicPlan.topics().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().toNewTopic();
  }
}
