package fr.sentinelle.api.state;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** Alerts in the store and its changelog, in the same single-object encoding as on the topic. */
public final class AlertSerde {
  private AlertSerde() {}

  public static Serde<Alert> create() {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    Serializer<Alert> serializer = (topic, alert) -> alert == null ? null : codec.encode(alert);
    Deserializer<Alert> deserializer = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return codec.decode(bytes);
      } catch (DecodeException e) {
        // Only this service writes the store, so this means a corrupted changelog: fail loudly.
        throw new SerializationException("unreadable alert in the store: " + e.getMessage(), e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }
}
