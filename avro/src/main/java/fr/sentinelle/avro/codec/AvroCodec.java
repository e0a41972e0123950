package fr.sentinelle.avro.codec;

import fr.sentinelle.avro.alert.RejectReason;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding (magic bytes, schema fingerprint, binary body) for one record type.
 *
 * <p>Messages written with any schema in the record's {@link SchemaHistory} are read into the
 * current class, so producers can be upgraded after consumers. Instances are cheap to serialize:
 * Flink ships them to task managers and the encoder/decoder are rebuilt there.
 */
public final class AvroCodec<T extends SpecificRecord> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private transient BinaryMessageEncoder<T> encoder;
  private transient BinaryMessageDecoder<T> decoder;

  private AvroCodec(Class<T> type) {
    this.type = Objects.requireNonNull(type);
  }

  public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type) {
    return new AvroCodec<>(type);
  }

  public Class<T> type() {
    return type;
  }

  public Schema schema() {
    return SpecificData.get().getSchema(type);
  }

  public byte[] encode(T record) {
    try {
      ByteBuffer buffer = encoder().encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + type.getSimpleName(), e);
    }
  }

  /** Decodes one message; every way a message can be unreadable becomes a {@link DecodeException}. */
  public T decode(byte[] message) throws DecodeException {
    if (message == null || message.length == 0) {
      throw new DecodeException(RejectReason.UNDECODABLE, "empty message");
    }
    try {
      return decoder().decode(message);
    } catch (MissingSchemaException e) {
      throw new DecodeException(RejectReason.UNKNOWN_SCHEMA,
          "no known " + type.getSimpleName() + " schema has this message's fingerprint", e);
    } catch (BadHeaderException e) {
      throw new DecodeException(RejectReason.UNDECODABLE,
          "not Avro single-object encoding: " + e.getMessage(), e);
    } catch (IOException | AvroRuntimeException | IllegalArgumentException
        | IndexOutOfBoundsException | ClassCastException | NegativeArraySizeException
        | UnsupportedOperationException e) {
      throw new DecodeException(RejectReason.UNDECODABLE,
          "cannot read " + type.getSimpleName() + ": " + describe(e), e);
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private BinaryMessageEncoder<T> encoder() {
    if (encoder == null) {
      encoder = new BinaryMessageEncoder<>(SpecificData.getForClass(type), schema());
    }
    return encoder;
  }

  private BinaryMessageDecoder<T> decoder() {
    if (decoder == null) {
      Schema current = schema();
      decoder = new BinaryMessageDecoder<>(SpecificData.getForClass(type), current);
      for (Schema older : SchemaHistory.olderVersionsOf(current)) {
        decoder.addSchema(older);
      }
    }
    return decoder;
  }
}
