package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.alert.RejectReason;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableFunction;

/**
 * The late-record policy every detector shares. A record behind the watermark is still used when
 * it is younger than {@code maxAge} behind it (counted as {@link DetectorMetrics#LATE_ACCEPTED});
 * an older one can no longer belong to any current risk period, so it goes to the dead letters as
 * LATE (with its original bytes, so nothing is lost) instead of raising an alert about the past.
 */
public final class RejectTooOld<T extends SpecificRecord> extends ProcessFunction<Sourced<T>, Sourced<T>>
    implements ResultTypeQueryable<Sourced<T>> {
  private static final long serialVersionUID = 1L;

  private final String detector;
  private final Class<T> type;
  private final SerializableFunction<T, String> idOf;
  private final long maxAgeMillis;
  private final Clock clock;

  private transient RejectionCounters rejected;
  private transient Counter lateAccepted;

  public RejectTooOld(String detector, Class<T> type, SerializableFunction<T, String> idOf, Duration maxAge,
      Clock clock) {
    this.detector = Objects.requireNonNull(detector);
    this.type = Objects.requireNonNull(type);
    this.idOf = Objects.requireNonNull(idOf);
    this.maxAgeMillis = maxAge.toMillis();
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void open(OpenContext openContext) {
    rejected = new RejectionCounters(getRuntimeContext().getMetricGroup(), detector);
    lateAccepted = DetectorMetrics.events(getRuntimeContext().getMetricGroup(), detector,
        DetectorMetrics.LATE_ACCEPTED);
  }

  @Override
  public void processElement(Sourced<T> sourced, Context ctx, Collector<Sourced<T>> out) {
    long watermark = ctx.timerService().currentWatermark();
    Long timestamp = ctx.timestamp();
    if (timestamp == null || timestamp > watermark) {
      out.collect(sourced);
      return;
    }
    if (watermark - timestamp < maxAgeMillis) {
      lateAccepted.inc();
      out.collect(sourced);
      return;
    }
    rejected.count(RejectReason.LATE);
    ctx.output(DeadLetters.REJECTED, DeadLetters.of(detector, sourced.message, idOf.apply(sourced.record),
        RejectReason.LATE, "event time " + java.time.Instant.ofEpochMilli(timestamp) + " is "
            + Duration.ofMillis(watermark - timestamp) + " behind the watermark, more than the "
            + Duration.ofMillis(maxAgeMillis) + " a record may lag", clock.instant()));
  }

  @Override
  public TypeInformation<Sourced<T>> getProducedType() {
    return Sourced.typeInfo(type);
  }
}
