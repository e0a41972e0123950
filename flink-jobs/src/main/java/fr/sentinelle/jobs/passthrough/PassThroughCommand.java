package fr.sentinelle.jobs.passthrough;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.jobs.common.AvroRecordSerializer;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.JobRunner;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Command line of the pass-through job: the detector jobs' options, a feed, and where the records go. */
@Command(name = "pass-through-job", mixinStandardHelpOptions = true,
    description = "Decodes and validates a feed's messages and writes the records, encoded again, to an output topic (the benchmarks' baseline).")
final class PassThroughCommand implements Callable<Integer> {
  @Mixin
  JobOptions job;

  @Option(names = "--feed", defaultValue = "reviews", description = "Feed whose records pass through (default: ${DEFAULT-VALUE}).")
  String feed;

  @Option(names = "--feed-topic", description = "Topic to read (default: the feed's topic).")
  String feedTopic;

  @Option(names = "--output-topic", description = "Topic to write to (default: sentinelle.pass-through.<feed>).")
  String outputTopic;

  @Override
  public Integer call() throws Exception {
    Feed chosen = Feed.byName(feed);
    String input = feedTopic == null ? chosen.topic() : feedTopic;
    String output = outputTopic == null ? defaultOutputTopic(chosen) : outputTopic;
    job.groupId = job.groupIdOr(PassThroughJob.NAME);
    StreamExecutionEnvironment env = StreamSetup.environment(job);
    Properties kafka = job.kafkaClientProperties();
    PassThroughJob.build(env, chosen, KafkaWiring.feedSource(job, input), outputSink(chosen, output, kafka),
        KafkaWiring.deadLetterSink(job.bootstrapServers, kafka), job.maxMessageBytes, Clock.systemUTC());
    System.out.printf("%s job: reading %s on %s (group %s), records to %s%n", PassThroughJob.NAME, input,
        job.bootstrapServers, job.groupId, output);
    return JobRunner.runUntilStopped(env, "sentinelle " + PassThroughJob.NAME);
  }

  static String defaultOutputTopic(Feed feed) {
    return "sentinelle.pass-through." + feed.feedName();
  }

  /** Keyed by the feed's subject field, like the feed itself; at-least-once, like the alert sink. */
  private <T extends SpecificRecord> KafkaSink<T> outputSink(Feed feed, String topic, Properties clientProperties) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) feed.recordType();
    String subjectField = feed.subjectField();
    return KafkaSink.<T>builder()
        .setKafkaProducerConfig(clientProperties)
        .setBootstrapServers(job.bootstrapServers)
        .setRecordSerializer(new AvroRecordSerializer<>(topic, type, record -> subjectOf(record, subjectField)))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  static String subjectOf(SpecificRecord record, String field) {
    Object value = record.get(record.getSchema().getField(field).pos());
    return value == null ? null : value.toString();
  }
}
