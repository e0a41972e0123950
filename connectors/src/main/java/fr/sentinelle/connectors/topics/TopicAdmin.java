package fr.sentinelle.connectors.topics;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the planned topics that do not exist yet; existing topics are left as they are. */
public final class TopicAdmin {
  private TopicAdmin() {}

  /** @return the names of the topics this call created (empty when all existed) */
  public static List<String> ensure(String bootstrapServers, List<PlannedTopic> plan, int timeoutSeconds)
      throws BrokerException {
    Properties client = new Properties();
    client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return ensure(client, plan, timeoutSeconds);
  }

  /** @param client bootstrap.servers and any security settings (of a user allowed to create topics) */
  public static List<String> ensure(Properties client, List<PlannedTopic> plan, int timeoutSeconds)
      throws BrokerException {
    String bootstrapServers = client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
    Properties props = new Properties();
    props.putAll(client);
    int timeoutMillis = (int) TimeUnit.SECONDS.toMillis(timeoutSeconds);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(timeoutSeconds, TimeUnit.SECONDS);
      List<PlannedTopic> missing = plan.stream().filter(t -> !existing.contains(t.name())).toList();
      if (missing.isEmpty()) {
        return List.of();
      }
      Map<String, KafkaFuture<Void>> results = admin.createTopics(
          missing.stream().map(PlannedTopic::toNewTopic).toList()).values();
      List<String> created = new java.util.ArrayList<>();
      for (var result : results.entrySet()) {
        try {
          result.getValue().get(timeoutSeconds, TimeUnit.SECONDS);
          created.add(result.getKey());
        } catch (KafkaException e) {
          throw new BrokerException("cannot talk to Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) { // created meanwhile by someone else: fine
            throw e;
          }
        }
      }
      return created.stream().sorted().collect(Collectors.toList());
    } catch (KafkaException e) {
      throw new BrokerException("cannot talk to Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
        throw new BrokerException("no answer from Kafka at " + bootstrapServers + " within " + timeoutSeconds
            + " s: is the broker running?", e);
      }
      throw new BrokerException("cannot create topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new BrokerException("no answer from Kafka at " + bootstrapServers + " within " + timeoutSeconds
          + " s: is the broker running?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while creating topics", e);
    }
  }

  /** Kafka could not be reached or refused the request. */
  public static final class BrokerException extends Exception {
    public BrokerException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
