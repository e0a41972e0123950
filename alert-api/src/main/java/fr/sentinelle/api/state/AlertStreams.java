package fr.sentinelle.api.state;

import fr.sentinelle.api.config.AlertSettings;
import fr.sentinelle.api.config.KafkaSettings;
import fr.sentinelle.api.config.StreamsSettings;
import fr.sentinelle.api.live.AlertBroadcaster;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.avro.alert.Alert;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.CaseStatus;
import fr.sentinelle.api.search.TextIndex;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded Kafka Streams runtime: started with the service, closed with it. */
@Context
public class AlertStreams {
  /** Longest wait of an alert in the Streams producer before the repartition topic. */
  static final int REPARTITION_LINGER_MS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(AlertStreams.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);

  private final KafkaStreams streams;
  private final Thread starter;

  public AlertStreams(KafkaSettings kafka, AlertSettings alerts, StreamsSettings settings,
      AlertMetrics metrics, AlertBroadcaster broadcaster, TextIndex index) {
    AlertTopology.Topics topics = new AlertTopology.Topics(alerts.getTopic(), alerts.getActionsTopic(),
        alerts.getFeedbackTopic());
    streams = new KafkaStreams(AlertTopology.build(topics, metrics, broadcaster, index,
        alerts.getStreamRetention()), properties(kafka, settings));
    streams.setUncaughtExceptionHandler(e -> {
      // The topology never throws on bad records; anything else is a fault worth a fresh thread.
      LOG.error("alert stream thread failed; replacing it", e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    metrics.observeStored(this::storedCount);
    metrics.observeOpenCases(this::openCases);
    // Started off the main thread so the HTTP server answers (health DOWN, 503) while Kafka is slow.
    List<String> sourceTopics = List.of(topics.alerts(), topics.actions(), topics.feedback());
    starter = new Thread(() -> start(kafka.getBootstrapServers(), sourceTopics), "alert-streams-start");
    starter.setDaemon(true);
    starter.start();
  }

  private void start(String bootstrapServers, List<String> topics) {
    AlertTopicCheck.ensureExists(bootstrapServers, topics);
    try {
      streams.start();
    } catch (IllegalStateException closedMeanwhile) {
      LOG.debug("service stopped before alert streams started");
    }
  }

  static Properties properties(KafkaSettings kafka, StreamsSettings settings) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.getApplicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
    props.put(StreamsConfig.STATE_DIR_CONFIG, settings.getStateDir());
    // At-least-once is enough: the store dedups by alert id, so a replayed record changes nothing.
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    // Every alert and action crosses the by-case repartition topic before it is folded and streamed:
    // Kafka Streams' producer default (linger 100 ms) would hold each one that long before an inspector
    // sees it. 5 ms still batches under load.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), REPARTITION_LINGER_MS);
    // Static membership: a service that crashed and restarts takes its partitions straight back;
    // without it, it waited for its dead self's session to expire (44 s in ./sentinelle bench --faults).
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), settings.getInstanceId());
    return props;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /**
   * Runs a query on the local alert store. Throws {@link StoreUnavailableException} while it cannot
   * be queried: the store handle can fail on first use too (thread still starting, rebalancing).
   */
  public <T> T query(Function<ReadOnlyKeyValueStore<String, Alert>, T> query) {
    return query(AlertTopology.ALERTS_STORE, query);
  }

  /** Runs a query on one of the stores of {@link AlertTopology}. */
  public <K, V, T> T query(String storeName, Function<ReadOnlyKeyValueStore<K, V>, T> query) {
    try {
      ReadOnlyKeyValueStore<K, V> store = streams.store(StoreQueryParameters.fromNameAndType(storeName,
          QueryableStoreTypes.<K, V>keyValueStore()));
      return query.apply(store);
    } catch (InvalidStateStoreException e) {
      throw new StoreUnavailableException("alert store not available (streams " + streams.state()
          + "); retry shortly", e);
    }
  }

  private Optional<Map<List<String>, Long>> openCases() {
    try {
      return Optional.of(this.<String, CaseState, Map<List<String>, Long>>query(AlertTopology.CASES_STORE, store -> {
        Map<List<String>, Long> counts = new HashMap<>();
        try (KeyValueIterator<String, CaseState> all = store.all()) {
          all.forEachRemaining(entry -> {
            if (entry.value.status != CaseStatus.RESOLVED) {
              counts.merge(List.of(entry.value.detector, entry.value.severity), 1L, Long::sum);
            }
          });
        }
        return counts;
      }));
    } catch (StoreUnavailableException e) {
      return Optional.empty();
    }
  }

  private OptionalLong storedCount() {
    try {
      return OptionalLong.of(query(store -> {
        long count = 0;
        try (KeyValueIterator<String, Alert> all = store.all()) {
          for (; all.hasNext(); all.next()) {
            count++;
          }
        }
        return count;
      }));
    } catch (StoreUnavailableException e) {
      return OptionalLong.empty();
    }
  }

  @PreDestroy
  public void close() {
    starter.interrupt();
    // Leaving the group lets the next start (or another instance) take the partitions at once
    // instead of waiting for this member's session to time out.
    if (!streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(CLOSE_TIMEOUT))) {
      LOG.warn("alert streams did not stop within {} s", CLOSE_TIMEOUT.toSeconds());
    }
  }
}
