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
 * Creates the alert, actions and feedback topics with the cluster's defaults when they do not exist
 * yet, so the service can start before the first detector. Kafka Streams cannot start on a missing
 * source topic, and the broker may not create topics on first write.
 */
final class AlertTopicCheck {
  private static final Logger LOG = LoggerFactory.getLogger(AlertTopicCheck.class);
  private static final int TIMEOUT_SECONDS = 15;

  private AlertTopicCheck() {}

  static void ensureExists(String bootstrapServers, java.util.List<String> wanted) {
    String topic = String.join(", ", wanted);
    Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000);
    try (Admin admin = Admin.create(config)) {
      Set<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      for (String name : wanted) {
        if (!topics.contains(name)) {
          try {
            admin.createTopics(Set.of(new NewTopic(name, Optional.empty(), Optional.empty())))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("created topic {}", name);
          } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
              throw e;
            }
          }
        }
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
