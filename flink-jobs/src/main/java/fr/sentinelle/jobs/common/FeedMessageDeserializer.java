package fr.sentinelle.jobs.common;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps each Kafka record as raw bytes with its coordinates. Decoding happens in
 * {@link DecodeAndValidate}, where a bad message becomes a dead letter instead of failing the source.
 */
public final class FeedMessageDeserializer implements KafkaRecordDeserializationSchema<FeedMessage> {
  private static final long serialVersionUID = 1L;

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<FeedMessage> out) {
    out.collect(new FeedMessage(record.topic(), record.partition(), record.offset(), record.timestamp(),
        record.value()));
  }

  @Override
  public TypeInformation<FeedMessage> getProducedType() {
    return TypeInformation.of(FeedMessage.class);
  }
}
