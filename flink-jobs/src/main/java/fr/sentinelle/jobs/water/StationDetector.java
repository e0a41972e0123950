package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.DetectorMetrics;
import fr.sentinelle.jobs.common.RejectionCounters;
import fr.sentinelle.jobs.common.Sourced;
import fr.sentinelle.models.water.EventStep;
import fr.sentinelle.models.water.StationFeatures;
import fr.sentinelle.models.water.StationScorer;
import fr.sentinelle.models.water.WaterModel;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per station (the key): readings wait in state until the watermark passes them, then are scored
 * in event-time order through the model's {@link StationScorer} (the same step as the evaluation),
 * so readings that arrive out of order within the bound change nothing.
 *
 * <ul>
 *   <li>A reading at a minute already waiting or already scored is a duplicate: counted, skipped.
 *   <li>A reading older than the station's last scored minute can no longer be scored causally:
 *       a LATE dead letter (with its bytes, so nothing is lost).
 *   <li>A reading with none of the model's parameters is an INVALID dead letter, and so is one that
 *       places a known station in another department ({@link ReadingChecks#otherDepartment}).
 *   <li>When an event opens, an OPEN alert goes out; when it closes, a CLOSED alert with the same
 *       id, the event's span and each deviating parameter's largest deviation as evidence.
 *   <li>A station silent for {@link WaterConfig#stationSilence()} has its open event closed and
 *       all its state and timers cleared.
 * </ul>
 */
public final class StationDetector extends KeyedProcessFunction<String, Sourced<WaterReading>, Alert> {
  private static final long serialVersionUID = 1L;

  private final WaterConfig config;

  private transient StationScorer scorer;
  private transient ReadingValues readingValues;
  private transient ValueState<StationTrack> track;
  private transient MapState<Long, PendingReading> pending;
  private transient Counter scored;
  private transient Counter duplicates;
  private transient RejectionCounters rejected;
  private transient WaterAlerts alerts;

  public StationDetector(WaterConfig config) {
    this.config = Objects.requireNonNull(config);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    WaterModel model = config.model().load();
    scorer = new StationScorer(model);
    readingValues = new ReadingValues(model.metadata().parameters());
    track = getRuntimeContext().getState(new ValueStateDescriptor<>("station-track", TypeInformation.of(StationTrack.class)));
    pending = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("pending-readings", Types.LONG, TypeInformation.of(PendingReading.class)));
    var metrics = getRuntimeContext().getMetricGroup();
    scored = DetectorMetrics.events(metrics, WaterJob.DETECTOR, DetectorMetrics.SCORED);
    duplicates = DetectorMetrics.events(metrics, WaterJob.DETECTOR, DetectorMetrics.DUPLICATE);
    rejected = new RejectionCounters(metrics, WaterJob.DETECTOR);
    alerts = new WaterAlerts(model, metrics);
    DetectorMetrics.modelInfo(metrics, WaterJob.DETECTOR, model.version());
  }

  @Override
  public void processElement(Sourced<WaterReading> in, Context ctx, Collector<Alert> out) throws Exception {
    long time = in.record.getEventTime().toEpochMilli();
    StationTrack current = track.value();
    long lastScored = current == null ? Long.MIN_VALUE : current.memory.features.lastTime;
    if (time == lastScored || pending.contains(time)) {
      duplicates.inc();
      return;
    }
    String otherDepartment = current == null ? null
        : ReadingChecks.otherDepartment(ctx.getCurrentKey(), current.department, in.record.getDepartment().toString());
    if (otherDepartment != null) {
      reject(in, ctx, RejectReason.INVALID, otherDepartment);
      return;
    }
    if (time < lastScored) {
      reject(in, ctx, RejectReason.LATE, "reading of " + Instant.ofEpochMilli(time) + " arrived after station "
          + ctx.getCurrentKey() + " was scored up to " + Instant.ofEpochMilli(lastScored));
      return;
    }
    double[] values = readingValues.of(in.record);
    if (values == null) {
      reject(in, ctx, RejectReason.INVALID, "none of the model's parameters " + scorer.model().metadata().parameters());
      return;
    }
    pending.put(time, new PendingReading(values, in.record.getDepartment().toString(), in.message.topic(),
        in.message.partition(), in.message.offset()));
    ctx.timerService().registerEventTimeTimer(time);
  }

  /**
   * Fires at each pending reading's minute and at the station's silence deadline. Each reading has
   * its own timer and timers fire in time order, so the only reading due is the one at
   * {@code timestamp}: no scan of the pending readings. One silence timer per station: moving the
   * deadline deletes the previous one, which otherwise stayed a whole silence period per reading
   * (1,440 timers a station a day, all in every checkpoint).
   */
  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    PendingReading due = pending.get(timestamp);
    StationTrack current = track.value();
    if (due != null) {
      pending.remove(timestamp);
      long previousSilenceEnds = Long.MIN_VALUE;
      if (current == null) {
        current = StationTrack.fresh(scorer.newMemory(), readingValues.size());
      } else {
        previousSilenceEnds = silenceEnds(current);
      }
      score(ctx.getCurrentKey(), timestamp, due, current, ctx, out);
      track.update(current);
      // A reading's timer may share the old deadline's minute: it must not be deleted with it.
      if (previousSilenceEnds != Long.MIN_VALUE && !pending.contains(previousSilenceEnds)) {
        ctx.timerService().deleteEventTimeTimer(previousSilenceEnds);
      }
      ctx.timerService().registerEventTimeTimer(silenceEnds(current));
    } else if (current != null && timestamp == silenceEnds(current) && pending.isEmpty()) {
      if (current.memory.open) {
        EventStep closed = scorer.closeOpenEvent(current.memory);
        out.collect(alerts.closed(ctx.getCurrentKey(), current, closed, timestamp));
      }
      track.clear();
    }
  }

  private long silenceEnds(StationTrack current) {
    return current.memory.features.lastTime + config.stationSilence().toMillis();
  }

  private void score(String station, long time, PendingReading reading, StationTrack t, OnTimerContext ctx,
      Collector<Alert> out) {
    StationScorer.Scored s = scorer.score(t.memory, time, reading.values);
    scored.inc();
    t.department = reading.department;
    EventStep step = s.event();
    if (step.transition() == EventStep.Transition.OPENED) {
      t.clearPeaks();
      t.openTopic = reading.topic;
      t.openPartition = reading.partition;
      t.openOffset = reading.offset;
    }
    if (t.memory.open || step.transition() == EventStep.Transition.CLOSED) {
      keepPeaks(t, s.deviations(), reading.values);
    }
    if (step.transition() == EventStep.Transition.OPENED) {
      out.collect(alerts.opened(station, t, step, time));
    } else if (step.transition() == EventStep.Transition.CLOSED) {
      out.collect(alerts.closed(station, t, step, time));
    }
  }

  private static void keepPeaks(StationTrack t, double[] deviations, double[] values) {
    for (int i = 0; i < t.peakDeviation.length; i++) {
      double z = StationFeatures.z60(deviations, i);
      if (Double.isFinite(z) && Math.abs(z) > Math.abs(t.peakDeviation[i])) {
        t.peakDeviation[i] = z;
        t.peakValue[i] = values[i];
        t.peakBaseline[i] = StationFeatures.hourMean(t.memory.features, i);
      }
    }
  }

  private void reject(Sourced<WaterReading> in, Context ctx, RejectReason reason, String why) {
    rejected.count(reason);
    ctx.output(DeadLetters.REJECTED, DeadLetters.of(WaterJob.DETECTOR, in.message, in.record.getStationId().toString(),
        reason, why, config.clock().instant()));
  }
}
