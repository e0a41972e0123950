package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.jobs.common.DurationConverter;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.JobRunner;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Command line of the water job: reads options, wires the real Kafka source and sinks, runs until stopped. */
@Command(name = "water-job", mixinStandardHelpOptions = true,
    description = "Scores water-quality readings per station and alerts when an anomalous event starts and ends.")
final class WaterCommand implements Callable<Integer> {
  @Mixin
  JobOptions job;

  @Option(names = "--model", description = "Model directory written by train --detector water-quality"
      + " (default: the model shipped in the models jar, trained on the project's simulated stations).")
  String model;

  @Option(names = "--feed-topic", description = "Topic of the water feed (default: the water feed's topic).")
  String feedTopic = Feed.WATER.topic();

  @Option(names = "--max-lateness", defaultValue = "1h", converter = DurationConverter.class,
      description = "A reading this far behind the watermark is a LATE dead letter (default: ${DEFAULT-VALUE}).")
  Duration maxLateness;

  @Option(names = "--station-silence", defaultValue = "1d", converter = DurationConverter.class,
      description = "Event-time silence after which a station's open event closes and its state is dropped (default: ${DEFAULT-VALUE}).")
  Duration stationSilence;

  @Override
  public Integer call() throws Exception {
    WaterModelRef modelRef = new WaterModelRef(model);
    WaterConfig config = new WaterConfig(modelRef, job.maxOutOfOrderness, maxLateness, stationSilence,
        job.idleness, job.maxMessageBytes, Clock.systemUTC());
    job.groupId = job.groupIdOr(WaterJob.DETECTOR);
    StreamExecutionEnvironment env = StreamSetup.environment(job);
    var kafka = job.kafkaClientProperties();
    WaterJob.build(env, KafkaWiring.feedSource(job, feedTopic), KafkaWiring.alertSink(job.bootstrapServers, kafka),
        KafkaWiring.deadLetterSink(job.bootstrapServers, kafka), config);
    System.out.printf("%s job: reading %s on %s (group %s, model %s), alerts to %s%n", WaterJob.DETECTOR, feedTopic,
        job.bootstrapServers, job.groupId, modelRef.describe(), fr.sentinelle.avro.Topics.ALERTS);
    return JobRunner.runUntilStopped(env, "sentinelle " + WaterJob.DETECTOR);
  }
}
