package fr.sentinelle.api.state;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Store values as JSON; only this service writes them, so unreadable means corrupted: fail loudly. */
final class JsonSerde {
  private JsonSerde() {}

  static <T> Serde<T> of(Class<T> type) {
    return Serdes.serdeFrom((topic, value) -> value == null ? null : Json.write(value), (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return Json.read(bytes, type);
      } catch (IOException e) {
        throw new SerializationException("unreadable " + type.getSimpleName() + " in a store", e);
      }
    });
  }
}
