package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.DecodeAndValidate;
import fr.sentinelle.jobs.common.EventTimeWatermarks;
import fr.sentinelle.jobs.common.FeedMessage;
import fr.sentinelle.jobs.common.JobRunner;
import fr.sentinelle.jobs.common.RecordValidator;
import fr.sentinelle.jobs.common.RejectTooOld;
import fr.sentinelle.jobs.common.Sourced;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;

/**
 * The water-quality detector: readings → decode and validate → reject implausible ones
 * ({@link ReadingChecks}) → event time → lateness policy →
 * per-station scoring in event-time order → one alert per event (OPEN, then CLOSED); every
 * rejected reading to the dead letters. {@link #build} takes its source and sinks as arguments so
 * tests run the production pipeline; {@link #main} wires the real Kafka source and sinks.
 */
public final class WaterJob {
  public static final String DETECTOR = Feed.WATER.detector();

  private WaterJob() {}

  public static void build(StreamExecutionEnvironment env, Source<FeedMessage, ?, ?> readings, Sink<Alert> alerts,
      Sink<DeadLetter> deadLetters, WaterConfig config) {
    SingleOutputStreamOperator<Sourced<WaterReading>> decoded = env
        .fromSource(readings, WatermarkStrategy.noWatermarks(), "water readings").uid("water-source")
        .process(new DecodeAndValidate<>(DETECTOR, WaterReading.class, Feed.WATER.idField(),
            RecordValidator.<WaterReading>feedRules(), config.maxMessageBytes(), config.clock()))
        .uid("water-decode-validate").name("decode and validate");
    SingleOutputStreamOperator<Sourced<WaterReading>> valid = decoded
        .process(new RejectImplausible(config.clock())).uid("water-reject-implausible").name("reject implausible");

    SingleOutputStreamOperator<Sourced<WaterReading>> current = valid
        .assignTimestampsAndWatermarks(EventTimeWatermarks.of(WaterJob::eventTime, config.maxOutOfOrderness(),
            config.idleness()))
        .uid("water-event-time").name("event time")
        .process(new RejectTooOld<>(DETECTOR, WaterReading.class, WaterJob::stationId, config.maxLateness(),
            config.clock()))
        .uid("water-reject-too-old").name("reject too old");

    SingleOutputStreamOperator<Alert> stationAlerts = current
        .keyBy(WaterJob::stationOf, Types.STRING)
        .process(new StationDetector(config)).uid("water-station-detector").name("station scoring and events");
    stationAlerts.sinkTo(alerts).uid("water-alert-sink").name("alerts");

    decoded.getSideOutput(DeadLetters.REJECTED)
        .union(valid.getSideOutput(DeadLetters.REJECTED), current.getSideOutput(DeadLetters.REJECTED),
            stationAlerts.getSideOutput(DeadLetters.REJECTED))
        .sinkTo(deadLetters).uid("water-dead-letter-sink").name("dead letters");
  }

  static Long eventTime(WaterReading reading) {
    return reading.getEventTime().toEpochMilli();
  }

  static String stationId(WaterReading reading) {
    return reading.getStationId().toString();
  }

  static String stationOf(Sourced<WaterReading> sourced) {
    return sourced.record.getStationId().toString();
  }

  public static void main(String[] args) {
    JobRunner.exit(new CommandLine(new WaterCommand()).execute(args));
  }
}
