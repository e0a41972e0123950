package fr.sentinelle.benchmarks.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes a load to a topic: as fast as the producer goes (a backlog for the throughput phase),
 * or paced at a fixed rate with each message's publish time recorded (the latency phase).
 *
 * <p>Tuned as a bulk integrator would: lz4 batches of up to 512 KiB, a short linger for the
 * backlog. Paced: no linger, so batching never adds to the measured latency, and no compression:
 * each message is then a batch of its own, and lz4 allocated a 64 KiB block per batch, which made
 * this harness's own GC pauses (up to 65 ms every 2.5 s at 1,000 messages/s) part of the figures.
 */
public final class LoadProducer implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final AtomicLong acknowledged = new AtomicLong();

  private LoadProducer(KafkaProducer<byte[], byte[]> producer) {
    this.producer = producer;
  }

  public static LoadProducer bulk(String bootstrapServers) {
    return new LoadProducer(new KafkaProducer<>(config(bootstrapServers, 10, "lz4"), new ByteArraySerializer(),
        new ByteArraySerializer()));
  }

  public static LoadProducer paced(String bootstrapServers) {
    return new LoadProducer(new KafkaProducer<>(config(bootstrapServers, 0, "none"), new ByteArraySerializer(),
        new ByteArraySerializer()));
  }

  private static Properties config(String bootstrapServers, int lingerMs, String compression) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "sentinelle-bench");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    // Order within a partition does not matter to a load, and on a busy machine the idempotent
    // producer's sequence bookkeeping can wedge after a timed-out request (OutOfOrderSequence).
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
    props.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    // A shared, busy machine can stall the broker for a while: wait rather than expire batches.
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
    return props;
  }

  /**
   * Publishes {@code count} messages as fast as possible, event times proposed one millisecond
   * apart and ending now (so none is in the future), and waits until the broker has them all.
   */
  public void backlog(String topic, LoadGenerator load, long count) {
    Instant first = Instant.now().minusMillis(count);
    for (long i = 0; i < count; i++) {
      send(topic, load.next(i, load.eventTime(i, first.plusMillis(i))));
    }
    producer.flush();
    check(count);
  }

  /**
   * Publishes {@code count} messages at {@code rate} per second, each at its scheduled instant
   * (never in a burst to catch up more than the schedule says), its event time proposed as its
   * publish time.
   *
   * @param log told each message's publish time ({@link Clocks#micros}) just before it is sent
   */
  public void paced(String topic, LoadGenerator load, double rate, int count, PublishLog log) {
    paced(topic, load, rate, count, log, (sequence, partition, offset, appendMillis) -> { });
  }

  /** As above, and told each message's partition and offset once the broker has it. */
  public void paced(String topic, LoadGenerator load, double rate, int count, PublishLog log, AckLog acks) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      Instant eventTime = load.eventTime(i, Instant.now());
      LoadGenerator.Message message = load.next(i, eventTime);
      log.published(i, Clocks.micros(), load.alias(i, eventTime));
      int sequence = i;
      send(topic, message, acks, sequence);
    }
    producer.flush();
    check(count);
  }

  /** Where a paced run notes publish times. */
  @FunctionalInterface
  public interface PublishLog {
    /** @param alias another name of the message (see {@link LoadGenerator#alias}), or null */
    void published(int sequence, long micros, String alias);
  }

  private void send(String topic, LoadGenerator.Message message) {
    send(topic, message, null, -1);
  }

  private void send(String topic, LoadGenerator.Message message, AckLog acks, int sequence) {
    producer.send(new ProducerRecord<>(topic, message.key(), message.value()), (metadata, e) -> {
      if (e != null) {
        failure.compareAndSet(null, e);
      } else {
        acknowledged.incrementAndGet();
        if (acks != null) {
          acks.acknowledged(sequence, metadata.partition(), metadata.offset(), metadata.timestamp());
        }
      }
    });
  }

  /** Where a paced run notes where each message landed. */
  @FunctionalInterface
  public interface AckLog {
    /** @param timestamp the record's timestamp: the broker's append time on a LogAppendTime topic */
    void acknowledged(int sequence, int partition, long offset, long timestamp);
  }

  private void check(long expected) {
    if (failure.get() != null) {
      throw new IllegalStateException("the broker refused a message: " + failure.get(), failure.get());
    }
    if (acknowledged.get() < expected) {
      throw new IllegalStateException("only " + acknowledged.get() + " of " + expected + " messages acknowledged");
    }
    acknowledged.set(0);
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }

  static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
