package fr.sentinelle.api.state;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the alert topic with the cluster's defaults when it does not exist yet, so the service
 * can start before the first detector. Kafka Streams cannot start on a missing source topic.
 */
final class AlertTopicCheck {
  private static final Logger LOG = LoggerFactory.getLogger(AlertTopicCheck.class);
  private static final int TIMEOUT_SECONDS = 15;

  private AlertTopicCheck() {}

  static void ensureExists(String bootstrapServers, String topic) {
    Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000);
    try (Admin admin = Admin.create(config)) {
      Set<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!topics.contains(topic)) {
        admin.createTopics(Set.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
            .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        LOG.info("created alert topic {}", topic);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        LOG.warn("could not check alert topic {} at {}: {}", topic, bootstrapServers, e.getCause().toString());
      }
    } catch (TimeoutException e) {
      LOG.warn("Kafka at {} did not answer within {} s; will keep trying", bootstrapServers, TIMEOUT_SECONDS);
    } catch (RuntimeException e) {
      // Never a reason not to start: Kafka Streams keeps retrying and /health says DOWN meanwhile.
      LOG.warn("could not check alert topic {} at {}: {}", topic, bootstrapServers, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
