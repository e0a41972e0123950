package fr.sentinelle.connectors.publish;

import fr.sentinelle.avro.codec.AvroCodec;
import org.apache.avro.specific.SpecificRecord;

/** Counts the records that would be published, after checking they encode; sends nothing. */
public final class DryRunSink implements RecordSink {
  private AvroCodec<SpecificRecord> codec;
  private long valid;

  @Override
  @SuppressWarnings("unchecked")
  public void send(long line, SpecificRecord record) {
    if (codec == null) {
      codec = AvroCodec.of((Class<SpecificRecord>) record.getClass());
    }
    codec.encode(record);
    valid++;
  }

  @Override
  public void flush() {}

  @Override
  public long published() {
    return valid;
  }

  @Override
  public void close() {}
}
