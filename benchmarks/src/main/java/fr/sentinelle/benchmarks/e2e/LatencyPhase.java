package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.ModuleJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Latency at a fixed offered load below saturation: the job reads a fresh topic; a paced producer
 * publishes at the set rate and notes each message's publish time; a consumer of the job's output
 * topic (and, for detectors, an SSE subscriber of the alert service) notes when the output that
 * answers each message arrives. Both clocks are the harness's own, so nothing the job does to
 * timestamps matters: the output only has to name its source record (pass-through: the record
 * itself; hygiene: the alert's source, the review that raised or updated it).
 */
final class LatencyPhase {
  /**
   * The measured part is split into this many consecutive windows, each with its own percentiles:
   * the rounds whose median p99 the report gives beside the p99 of the whole.
   */
  static final int WINDOWS = 3;
  private static final long DRAIN_QUIET_MILLIS = 5_000;
  private static final long DRAIN_TIMEOUT_MILLIS = 60_000;

  private final ModuleJvm jvm;
  private final String bootstrapServers;
  private final BenchSettings settings;
  private final Consumer<String> progress;

  LatencyPhase(ModuleJvm jvm, String bootstrapServers, BenchSettings settings, Consumer<String> progress) {
    this.jvm = jvm;
    this.bootstrapServers = bootstrapServers;
    this.settings = settings;
    this.progress = progress;
  }

  LatencyResult run(JobSpec spec, LoadGenerator load, LoadGenerator probes, OffsetWatch offsets, Path logs,
      SseTap sse) throws IOException {
    String topic = "sentinelle.bench." + spec.name() + ".paced";
    String group = "sentinelle-bench-" + spec.name() + "-latency";
    offsets.createTopic(topic, ThroughputPhase.FEED_PARTITIONS);
    offsets.createTopic(spec.outputTopic(), ThroughputPhase.FEED_PARTITIONS);
    offsets.stampOnAppend(topic);
    offsets.stampOnAppend(spec.outputTopic());
    int count = settings.latencyMessages();
    Deliveries topicDeliveries = new Deliveries(load.prefix(), count, settings.latencyWarmupMessages(), WINDOWS);
    Deliveries sseDeliveries = sse == null ? null
        : new Deliveries(load.prefix(), count, settings.latencyWarmupMessages(), WINDOWS);
    LatencyHops hops = new LatencyHops(count);
    topicDeliveries.splitInto(hops);
    try (JobRun job = JobRun.start(jvm, spec, bootstrapServers, topic, group, settings,
            logs.resolve(spec.name() + "-latency.log"));
        OutputReader reader = new OutputReader(spec, topicDeliveries)) {
      awaitReading(job, topic, group, probes, offsets);
      progress.accept(String.format("%s: reading; publishing %,d messages at %.0f/s", spec.name(), count,
          settings.rate()));
      if (sse != null) {
        sse.deliverTo(sseDeliveries);
      }
      UsageMeter usage = new UsageMeter(job.probe());
      usage.start();
      Thread sampler = daemon("usage-sampler", () -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            usage.sample();
            Waits.pause(1000);
          } catch (IllegalStateException | java.lang.reflect.UndeclaredThrowableException stopped) {
            return;
          }
        }
      });
      try (LoadProducer producer = LoadProducer.paced(bootstrapServers)) {
        producer.paced(topic, load, settings.rate(), count, (sequence, micros, alias) -> {
          if (alias != null) {
            topicDeliveries.alias(alias, sequence);
          }
          topicDeliveries.published(sequence, micros);
          hops.published(sequence, System.currentTimeMillis());
          if (sseDeliveries != null) {
            sseDeliveries.published(sequence, micros);
          }
        }, (sequence, partition, offset, appendMillis) -> {
          hops.appended(sequence, appendMillis);
          topicDeliveries.alias(Deliveries.position(partition, offset), sequence);
          if (sseDeliveries != null) {
            sseDeliveries.alias(Deliveries.position(partition, offset), sequence);
          }
        });
      }
      usage.stop();
      sampler.interrupt();
      drain(spec, topicDeliveries, count, job);
      if (sseDeliveries != null) {
        drain(spec, sseDeliveries, count, job);
        sse.deliverTo(null);
      }
      progress.accept(String.format("%s: %,d of %,d published messages answered on %s", spec.name(),
          topicDeliveries.distinct(), count, spec.outputTopic()));
      progress.accept(spec.name() + ": the slowest 1 % were published at " + hops.tailMoments(12));
      return new LatencyResult(settings.rate(), count, settings.latencyWarmupMessages(), topicDeliveries.distinct(),
          topicDeliveries.duplicates(), topicDeliveries.latencies(),
          sseDeliveries == null ? null : sseDeliveries.latencies(),
          sseDeliveries == null ? null : sseDeliveries.distinct(),
          sseDeliveries == null ? null : sseDeliveries.duplicates(), usage.usage(), topicDeliveries.windowLatencies(),
          sseDeliveries == null ? null : sseDeliveries.windowLatencies(), hops.summary());
    }
  }

  /** Publishes a probe message every half second until the job has committed an offset: it is reading. */
  private void awaitReading(JobRun job, String topic, String group, LoadGenerator probes, OffsetWatch offsets) {
    try (LoadProducer producer = LoadProducer.paced(bootstrapServers)) {
      long[] sent = {0};
      boolean reading = Waits.until(() -> {
        job.checkAlive();
        producer.paced(topic, probes, 1000, 1, (sequence, micros, alias) -> { });
        sent[0]++;
        return offsets.committed(group, topic) > 0;
      }, 180_000, 500);
      if (!reading) {
        throw new IllegalStateException("the job read nothing within 180 s");
      }
    }
  }

  /** Waits until every message is answered (pass-through) or no answer came for a while (detector). */
  private void drain(JobSpec spec, Deliveries deliveries, int count, JobRun job) {
    Waits.until(() -> {
      job.checkAlive();
      return spec.detector() ? deliveries.millisSinceLastDelivery() > DRAIN_QUIET_MILLIS : deliveries.distinct() >= count;
    }, DRAIN_TIMEOUT_MILLIS, 100);
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Reads the job's output topic from its end at the start of the phase, on its own thread. */
  private final class OutputReader implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    OutputReader(JobSpec spec, Deliveries deliveries) {
      KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
          ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
          ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
          ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
      List<TopicPartition> partitions = consumer.partitionsFor(spec.outputTopic()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      thread = daemon("output-reader", () -> {
        try (consumer) {
          while (running.get()) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
            long now = Clocks.micros();
            long nowMillis = System.currentTimeMillis();
            for (ConsumerRecord<byte[], byte[]> record : records) {
              long appended = record.timestampType() == TimestampType.LOG_APPEND_TIME ? record.timestamp() : 0;
              deliveries.delivered(spec.sourceIdOf().apply(record.value()), now, appended, nowMillis);
            }
          }
        }
      });
    }

    @Override
    public void close() {
      running.set(false);
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
