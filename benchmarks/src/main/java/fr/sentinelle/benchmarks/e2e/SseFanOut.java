package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.broker.ModuleJvm;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * SSE fan-out: the real alert service and broker, many concurrent subscribers (one HTTP connection
 * each), alerts published one at a time to the alert topic; for every alert, its delivery time to
 * every subscriber, and every missed or repeated delivery.
 *
 * <p>Subscribers count as ready when each has received a warm-up alert (so the service has them
 * all, whatever it does with response headers); measured alerts come after.
 */
public final class SseFanOut {
  private static final String WARMUP_PREFIX = "sse-warmup-";
  private static final String MEASURED_PREFIX = "sse-alert-";

  private final ModuleJvm jvm;
  private final Consumer<String> progress;

  public SseFanOut(ModuleJvm jvm, Consumer<String> progress) {
    this.jvm = jvm;
    this.progress = progress;
  }

  public SseReport run(Path dataDir, int subscribers, int alerts, double rate, String bearerToken) throws IOException {
    return run(dataDir, subscribers, alerts, rate, bearerToken, 0);
  }

  /**
   * @param warmupSeconds warm-up alerts go on at least this long (a freshly started service was seen
   *     to deliver its first minute or so of alerts seconds late)
   */
  public SseReport run(Path dataDir, int subscribers, int alerts, double rate, String bearerToken, int warmupSeconds)
      throws IOException {
    String startedAt = Instant.now().toString();
    MachineInfo before = MachineInfo.now();
    List<String> notes = new ArrayList<>();
    Path data = dataDir.toAbsolutePath();
    ExecutorService clientThreads = Executors.newFixedThreadPool(2);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads)
        .connectTimeout(Duration.ofSeconds(10)).build();
    AtomicIntegerArray warmedUp = new AtomicIntegerArray(subscribers);
    Receipts receipts = new Receipts(subscribers, alerts);
    List<SseSubscriber> open = new ArrayList<>();
    String token = bearerToken;
    if (token == null) {
      token = AlertService.mintToken(jvm, data);
      notes.add(token == null ? "this build of the alert service has no token command: subscribers connected without a token"
          : "each subscriber connected with the same supervisor token, minted for this run");
    }
    try (LocalBroker broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(data.resolve("kafka")))) {
      ensureTopics(broker);
      try (AlertService service = AlertService.start(jvm, broker.bootstrapServers(), data, "1g");
          KafkaProducer<byte[], byte[]> producer = producer(broker.bootstrapServers());
          JvmProbe probe = JvmProbe.attach(service.pid())) {
        URI stream = service.url("/api/alerts/stream");
        for (int i = 0; i < subscribers; i++) {
          int subscriber = i;
          open.add(SseSubscriber.open(client, stream, token, event -> {
            String alertId = "alert".equals(event.name()) ? alertIdOf(event.data()) : null;
            if (alertId == null) {
              return;
            }
            if (alertId.startsWith(WARMUP_PREFIX)) {
              warmedUp.set(subscriber, 1);
            } else {
              receipts.received(subscriber, LoadGenerator.sequenceOf(MEASURED_PREFIX, alertId), event.receivedMicros());
            }
          }));
        }
        progress.accept(subscribers + " subscribers connecting to " + stream);
        AtomicLong warmups = new AtomicLong();
        long warmupEnds = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        boolean ready = Waits.until(() -> {
          send(producer, WARMUP_PREFIX + warmups.getAndIncrement());
          return (count(warmedUp) == subscribers && System.nanoTime() >= warmupEnds) || failed(open) > 0;
        }, 180_000L + warmupSeconds * 1000L, 250);
        int failed = failed(open);
        if (!ready || failed > 0) {
          notes.add("only " + count(warmedUp) + " of " + subscribers + " subscribers received a warm-up alert; "
              + failed + " subscriptions failed" + (failed > 0 ? ": " + firstFailure(open) : ""));
        }
        progress.accept(count(warmedUp) + " subscribers live after " + warmups.get() + " warm-up alerts; publishing "
            + alerts + " alerts at " + rate + "/s");
        UsageMeter usage = new UsageMeter(probe);
        usage.start();
        long start = System.nanoTime();
        for (int a = 0; a < alerts; a++) {
          long wait = start + (long) (a * 1e9 / rate) - System.nanoTime();
          if (wait > 0) {
            Waits.pause(wait / 1_000_000);
          }
          receipts.published(a, Clocks.micros());
          send(producer, MEASURED_PREFIX + a);
          usage.sample();
        }
        Waits.until(() -> receipts.delivered() >= (long) subscribers * alerts, 60_000, 100);
        usage.stop();
        Receipts.Tally tally = receipts.tally();
        return new SseReport(SseReport.NAME, startedAt, Instant.now().toString(), before, MachineInfo.now(),
            subscribers, failed(open), alerts, rate, (long) subscribers * alerts, tally.delivered(), tally.missed(),
            tally.duplicated(), tally.latency(), usage.usage(), notes);
      } finally {
        open.forEach(SseSubscriber::close);
      }
    } finally {
      clientThreads.shutdownNow();
    }
  }

  private static void ensureTopics(LocalBroker broker) throws IOException {
    try {
      TopicAdmin.ensure(broker.bootstrapServers(), TopicPlan.topics(), 30);
    } catch (TopicAdmin.BrokerException e) {
      throw new IOException("cannot create the topics: " + e.getMessage(), e);
    }
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
    java.util.Properties props = new java.util.Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String alertId) {
    Alert alert = BenchAlerts.alert(alertId, Instant.now());
    producer.send(new ProducerRecord<>(Topics.ALERTS, alertId.getBytes(StandardCharsets.UTF_8),
        AvroCodec.of(Alert.class).encode(alert)));
    producer.flush();
  }

  /**
   * The {@code alertId} of an alert event's JSON, found by a plain scan: a thousand subscribers
   * each parsing every alert on the client's two threads would measure the parser more than the service.
   */
  static String alertIdOf(String json) {
    String field = "\"alertId\":\"";
    int start = json.indexOf(field);
    if (start < 0) {
      return null;
    }
    start += field.length();
    int end = json.indexOf('"', start);
    return end < 0 ? null : json.substring(start, end);
  }

  private static int count(AtomicIntegerArray flags) {
    int n = 0;
    for (int i = 0; i < flags.length(); i++) {
      n += flags.get(i);
    }
    return n;
  }

  private static int failed(List<SseSubscriber> subscribers) {
    return (int) subscribers.stream().filter(s -> s.failure() != null).count();
  }

  private static String firstFailure(List<SseSubscriber> subscribers) {
    return subscribers.stream().map(SseSubscriber::failure).filter(f -> f != null).findFirst()
        .map(Throwable::toString).orElse("");
  }
}
