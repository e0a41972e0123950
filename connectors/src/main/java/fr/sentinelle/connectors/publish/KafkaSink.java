package fr.sentinelle.connectors.publish;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.codec.AvroCodec;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.avro.specific.SpecificRecord;

/**
 * Publishes a feed's records to its topic: value in Avro single-object encoding, key the record's
 * subject (establishment, station…) so one subject's records stay in order on one partition.
 */
public final class KafkaSink implements RecordSink {
  private final Feed feed;
  private final Producer<String, byte[]> producer;
  private final RejectLog rejects;
  private final AvroCodec<SpecificRecord> codec;
  private final AtomicLong published = new AtomicLong();

  @SuppressWarnings("unchecked")
  KafkaSink(Feed feed, Producer<String, byte[]> producer, RejectLog rejects) {
    this.feed = feed;
    this.producer = producer;
    this.rejects = rejects;
    this.codec = AvroCodec.of((Class<SpecificRecord>) feed.recordType());
  }

  /** @param client bootstrap.servers and any security settings */
  public static KafkaSink create(Feed feed, Properties client, int timeoutSeconds, RejectLog rejects) {
    return new KafkaSink(feed, new KafkaProducer<>(config(client, timeoutSeconds)), rejects);
  }

  /** Durable and ordered: every in-sync replica acknowledges, retries cannot duplicate or reorder. */
  static Properties config(Properties client, int timeoutSeconds) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "sentinelle-publish");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Text compresses well. gzip needs no native library on either side (the local broker ships no zstd/lz4).
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutSeconds * 1000);
    // Retries go on this long before a record is reported as failed (at least linger + request timeout).
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutSeconds * 1000, 30_020) * 4);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return props;
  }

  @Override
  public void send(long line, SpecificRecord record) {
    String key = String.valueOf(record.get(record.getSchema().getField(feed.subjectField()).pos()));
    producer.send(new ProducerRecord<>(feed.topic(), key, codec.encode(record)), (metadata, error) -> {
      if (error == null) {
        published.incrementAndGet();
      } else {
        rejects.reject(line, List.of("kafka: " + error.getClass().getSimpleName() + ": " + error.getMessage()));
      }
    });
  }

  @Override
  public void flush() {
    producer.flush();
  }

  @Override
  public long published() {
    return published.get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
