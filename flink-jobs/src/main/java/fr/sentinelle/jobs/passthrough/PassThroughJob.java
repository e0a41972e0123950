package fr.sentinelle.jobs.passthrough;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.DecodeAndValidate;
import fr.sentinelle.jobs.common.FeedMessage;
import fr.sentinelle.jobs.common.JobRunner;
import fr.sentinelle.jobs.common.RecordValidator;
import fr.sentinelle.jobs.common.Sourced;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;

/**
 * The benchmarks' baseline: a feed's messages → decode and validate (the detectors' own operator,
 * bad records to the dead letters) → the record, encoded again, to an output topic. No scoring, no
 * state: what every detector job costs before its detector does anything, with the same source,
 * sinks, options and checkpointing, so a detector's throughput divided by this one's is the share
 * its detection leaves.
 */
public final class PassThroughJob {
  /** The name it uses for metrics and dead letters, in place of a detector's. */
  public static final String NAME = "pass-through";

  private PassThroughJob() {}

  public static <T extends SpecificRecord> void build(StreamExecutionEnvironment env, Feed feed,
      Source<FeedMessage, ?, ?> messages, Sink<T> output, Sink<DeadLetter> deadLetters, int maxMessageBytes,
      Clock clock) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) feed.recordType();
    SingleOutputStreamOperator<Sourced<T>> valid = env
        .fromSource(messages, WatermarkStrategy.noWatermarks(), feed.feedName()).uid("pass-through-source")
        .process(new DecodeAndValidate<>(NAME, type, feed.idField(), RecordValidator.<T>feedRules(),
            maxMessageBytes, clock))
        .uid("decode-validate").name("decode and validate");
    valid.map(sourced -> sourced.record).returns(avroType(type)).uid("records").name("records")
        .sinkTo(output).uid("pass-through-sink").name("pass-through output");
    valid.getSideOutput(DeadLetters.REJECTED).sinkTo(deadLetters).uid("dead-letter-sink").name("dead letters");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends SpecificRecord> TypeInformation<T> avroType(Class<T> type) {
    return (TypeInformation) new AvroTypeInfo(type);
  }

  public static void main(String[] args) {
    JobRunner.exit(new CommandLine(new PassThroughCommand()).execute(args));
  }
}
