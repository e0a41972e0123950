package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.RejectionCounters;
import fr.sentinelle.jobs.common.Sourced;
import java.time.Clock;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The stateless water checks of {@link ReadingChecks} (station code, impossible values, future),
 * before event time is assigned: a refused reading is an INVALID dead letter with its reason and
 * bytes, and is counted; the others pass unchanged.
 */
final class RejectImplausible extends ProcessFunction<Sourced<WaterReading>, Sourced<WaterReading>> {
  private static final long serialVersionUID = 1L;
  private final Clock clock;
  private transient RejectionCounters rejected;

  RejectImplausible(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void open(OpenContext openContext) {
    rejected = new RejectionCounters(getRuntimeContext().getMetricGroup(), WaterJob.DETECTOR);
  }

  @Override
  public void processElement(Sourced<WaterReading> in, Context ctx, Collector<Sourced<WaterReading>> out) {
    WaterReading r = in.record;
    String why = ReadingChecks.unknownStation(r.getStationId().toString());
    if (why == null) {
      why = ReadingChecks.impossibleValue(r);
    }
    if (why == null) {
      why = ReadingChecks.future(r.getEventTime(), clock.instant());
    }
    if (why == null) {
      out.collect(in);
      return;
    }
    rejected.count(RejectReason.INVALID);
    ctx.output(DeadLetters.REJECTED, DeadLetters.of(WaterJob.DETECTOR, in.message, r.getStationId().toString(),
        RejectReason.INVALID, why, clock.instant()));
  }
}
