package fr.sentinelle.jobs.common;

import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Event time from the decoded record (not the Kafka timestamp, which is the publishing time), with
 * bounded out-of-orderness and idleness so one quiet partition does not hold every timer back.
 */
public final class EventTimeWatermarks {
  private EventTimeWatermarks() {}

  public static <T extends SpecificRecord> WatermarkStrategy<Sourced<T>> of(
      SerializableFunction<T, Long> eventTime, Duration outOfOrderness, Duration idleness) {
    SerializableTimestampAssigner<Sourced<T>> assigner = (sourced, previous) -> eventTime.apply(sourced.record);
    WatermarkStrategy<Sourced<T>> strategy = WatermarkStrategy.<Sourced<T>>forBoundedOutOfOrderness(outOfOrderness)
        .withTimestampAssigner(assigner);
    return idleness.isZero() ? strategy : strategy.withIdleness(idleness);
  }
}
