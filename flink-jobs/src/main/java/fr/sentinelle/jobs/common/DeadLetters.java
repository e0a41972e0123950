package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.common.SourceRef;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.apache.flink.util.OutputTag;

/** The dead-letter side output every operator writes to, and how a rejected message becomes a {@link DeadLetter}. */
public final class DeadLetters {
  /** Side output of rejected records; the job unions them into the dead-letter topic. */
  public static final OutputTag<DeadLetter> REJECTED = new OutputTag<>("rejected") {};

  /** Payloads are kept up to this size; larger ones are truncated (payloadSize keeps the real size). */
  public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
  /** Human reasons are cut to this length so one bad record cannot make a huge dead letter. */
  public static final int MAX_REASON_CHARS = 2_000;

  private DeadLetters() {}

  public static DeadLetter of(String detector, FeedMessage message, String recordIdOrNull,
      RejectReason code, String reason, Instant rejectedAt) {
    byte[] value = message.value() == null ? new byte[0] : message.value();
    byte[] kept = value.length > MAX_PAYLOAD_BYTES ? Arrays.copyOf(value, MAX_PAYLOAD_BYTES) : value;
    return DeadLetter.newBuilder()
        .setDetector(detector)
        .setSource(new SourceRef(message.topic(), message.partition(), message.offset(), recordIdOrNull))
        .setReasonCode(code)
        .setReason(reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) + "…" : reason)
        .setPayload(ByteBuffer.wrap(kept))
        .setPayloadSize(value.length)
        .setRejectedAt(rejectedAt)
        .build();
  }
}
