package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.common.SourceRef;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;

/**
 * A decoded feed record together with the message it came from, so later operators can point an
 * alert back to topic/partition/offset and put the original bytes into a dead letter.
 *
 * <p>A Flink POJO (public fields, no-argument constructor); {@link #typeInfo} gives Flink the
 * record's Avro type, which it cannot infer through the type parameter.
 */
public final class Sourced<T extends SpecificRecord> {
  public FeedMessage message;
  public T record;

  public Sourced() {}

  public Sourced(FeedMessage message, T record) {
    this.message = message;
    this.record = record;
  }

  /** Where the record came from, with the record's own id. */
  public SourceRef sourceRef(String recordId) {
    return new SourceRef(message.topic(), message.partition(), message.offset(), recordId);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T extends SpecificRecord> TypeInformation<Sourced<T>> typeInfo(Class<T> type) {
    return (TypeInformation) Types.POJO(Sourced.class, Map.of(
        "message", TypeInformation.of(FeedMessage.class),
        "record", new AvroTypeInfo(type)));
  }
}
