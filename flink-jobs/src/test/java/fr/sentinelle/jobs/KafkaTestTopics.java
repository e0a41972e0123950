package fr.sentinelle.jobs;

import static org.awaitility.Awaitility.await;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Writing raw messages to, and reading decoded records back from, the real broker of a job test. */
public final class KafkaTestTopics {
  private KafkaTestTopics() {}

  public static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "1000000");
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * Reads {@code topic} from the start until {@code expected} records arrived, then looks once more
   * so an unexpected extra record is caught too.
   */
  public static <T extends SpecificRecord> List<T> readAll(String bootstrapServers, String topic, Class<T> type,
      int expected) {
    AvroCodec<T> codec = AvroCodec.of(type);
    List<T> records = new ArrayList<>();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + topic);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        decodeInto(records, codec, consumer.poll(Duration.ofMillis(200)));
        return records.size() >= expected;
      });
      decodeInto(records, codec, consumer.poll(Duration.ofMillis(500)));
    }
    return records;
  }

  private static <T extends SpecificRecord> void decodeInto(List<T> records, AvroCodec<T> codec,
      Iterable<ConsumerRecord<byte[], byte[]>> polled) {
    for (ConsumerRecord<byte[], byte[]> record : polled) {
      try {
        records.add(codec.decode(record.value()));
      } catch (DecodeException e) {
        throw new AssertionError("a job wrote an unreadable record to " + record.topic(), e);
      }
    }
  }
}
