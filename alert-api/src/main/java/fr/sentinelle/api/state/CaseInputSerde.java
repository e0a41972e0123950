package fr.sentinelle.api.state;

import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import java.io.IOException;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The internal repartition topic's values: one tag byte ('A' alert, 'C' command) then the alert
 * in single-object Avro or the action in JSON, as on their own topics.
 */
final class CaseInputSerde {
  private static final byte ALERT = 'A';
  private static final byte ACTION = 'C';

  private CaseInputSerde() {}

  static Serde<CaseInput> create() {
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    return Serdes.serdeFrom((topic, input) -> {
      if (input == null) {
        return null;
      }
      byte[] body = input.alert() == null ? Json.write(input.action())
          : input.alertBytes() != null ? input.alertBytes() : codec.encode(input.alert());
      byte[] out = new byte[body.length + 1];
      out[0] = input.alert() != null ? ALERT : ACTION;
      System.arraycopy(body, 0, out, 1, body.length);
      return out;
    }, (topic, bytes) -> {
      if (bytes == null || bytes.length < 2) {
        return null;
      }
      byte[] body = Arrays.copyOfRange(bytes, 1, bytes.length);
      try {
        return bytes[0] == ALERT ? CaseInput.of(codec.decode(body), body) : CaseInput.of(Json.read(body, CaseAction.class));
      } catch (DecodeException | IOException e) {
        throw new SerializationException("unreadable record on the internal case topic", e);
      }
    });
  }
}
