package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.codec.AvroCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes a record to one topic in Avro single-object encoding, keyed by a string taken from the record. */
public final class AvroRecordSerializer<T extends SpecificRecord> implements KafkaRecordSerializationSchema<T> {
  private static final long serialVersionUID = 1L;

  private final String topic;
  private final AvroCodec<T> codec;
  private final SerializableFunction<T, String> keyOf;

  public AvroRecordSerializer(String topic, Class<T> type, SerializableFunction<T, String> keyOf) {
    this.topic = Objects.requireNonNull(topic);
    this.codec = AvroCodec.of(type);
    this.keyOf = Objects.requireNonNull(keyOf);
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(T record, KafkaSinkContext context, Long timestamp) {
    String key = keyOf.apply(record);
    return new ProducerRecord<>(topic, null, timestamp,
        key == null ? null : key.getBytes(StandardCharsets.UTF_8), codec.encode(record));
  }
}
