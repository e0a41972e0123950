package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import fr.sentinelle.avro.validate.FeedValidator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns raw feed messages into records, or into dead letters with the reason: TOO_LARGE (message
 * over the byte limit, or text over {@link FeedValidator#MAX_TEXT_CHARS}), UNDECODABLE (not Avro
 * single-object encoding, truncated, garbage), UNKNOWN_SCHEMA (fingerprint of no known schema
 * version), INVALID (decoded but breaks a rule), OTHER (anything unexpected). Never throws for a
 * bad record: the job must survive any byte sequence on its topic.
 */
public final class DecodeAndValidate<T extends SpecificRecord> extends ProcessFunction<FeedMessage, Sourced<T>>
    implements ResultTypeQueryable<Sourced<T>> {
  private static final long serialVersionUID = 1L;

  private final String detector;
  private final AvroCodec<T> codec;
  private final RecordValidator<T> validator;
  private final int maxMessageBytes;
  private final Clock clock;
  private final String idField;

  private transient RejectionCounters rejected;

  /**
   * @param idField the record's id field, quoted in dead letters of records that could be decoded
   * @param clock judges event times "in the future" and stamps dead letters
   */
  public DecodeAndValidate(String detector, Class<T> type, String idField, RecordValidator<T> validator,
      int maxMessageBytes, Clock clock) {
    this.detector = Objects.requireNonNull(detector);
    this.codec = AvroCodec.of(type);
    this.idField = Objects.requireNonNull(idField);
    this.validator = Objects.requireNonNull(validator);
    this.maxMessageBytes = maxMessageBytes;
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void open(OpenContext openContext) {
    rejected = new RejectionCounters(getRuntimeContext().getMetricGroup(), detector);
  }

  @Override
  public void processElement(FeedMessage message, Context ctx, Collector<Sourced<T>> out) {
    T record = null;
    try {
      if (message.size() > maxMessageBytes) {
        reject(ctx, message, null, RejectReason.TOO_LARGE,
            "message of " + message.size() + " bytes is over the limit of " + maxMessageBytes + " bytes");
        return;
      }
      record = codec.decode(message.value());
      if (FeedValidator.isTooLarge(record)) {
        reject(ctx, message, idOf(record), RejectReason.TOO_LARGE,
            "text: longer than " + FeedValidator.MAX_TEXT_CHARS + " characters");
        return;
      }
      List<String> violations = validator.violations(record, clock.instant());
      if (!violations.isEmpty()) {
        reject(ctx, message, idOf(record), RejectReason.INVALID, String.join("; ", violations));
        return;
      }
      out.collect(new Sourced<>(message, record));
    } catch (DecodeException e) {
      reject(ctx, message, null, e.reason(), e.getMessage());
    } catch (RuntimeException e) {
      // A validator or codec bug must not stop the job: the record is kept as a dead letter instead.
      reject(ctx, message, record == null ? null : idOf(record), RejectReason.OTHER,
          "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private void reject(Context ctx, FeedMessage message, String recordId, RejectReason reason, String detail) {
    rejected.count(reason);
    ctx.output(DeadLetters.REJECTED, DeadLetters.of(detector, message, recordId, reason, detail, clock.instant()));
  }

  private String idOf(T record) {
    var field = record.getSchema().getField(idField);
    Object id = field == null ? null : record.get(field.pos());
    return id == null ? null : id.toString();
  }

  @Override
  public TypeInformation<Sourced<T>> getProducedType() {
    return Sourced.typeInfo(codec.type());
  }
}
