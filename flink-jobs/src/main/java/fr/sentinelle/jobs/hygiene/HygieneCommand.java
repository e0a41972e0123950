package fr.sentinelle.jobs.hygiene;

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

/** Command line of the hygiene job: reads options, wires the real Kafka source and sinks, runs until stopped. */
@Command(name = "hygiene-job", mixinStandardHelpOptions = true,
    description = "Scores restaurant reviews and alerts on establishments whose reviews report food poisoning.")
final class HygieneCommand implements Callable<Integer> {
  @Mixin
  JobOptions job;

  @Option(names = "--model", defaultValue = ModelRef.DEFAULT,
      description = "Model directory written by the train command, or 'default' for the model in the models jar (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--feed-topic", description = "Topic of the reviews feed (default: the reviews feed's topic).")
  String feedTopic = Feed.REVIEWS.topic();

  @Option(names = "--risk-threshold", description = "Score from which a review is risky, 0..1 (default: the model's threshold).")
  Double riskThreshold;

  @Option(names = "--risk-period", defaultValue = "30d", converter = DurationConverter.class,
      description = "Period over which an establishment's risky reviews add up (default: ${DEFAULT-VALUE}).")
  Duration riskPeriod;

  @Option(names = "--min-risky-reviews", defaultValue = "3",
      description = "Risky reviews within the period that raise an alert (default: ${DEFAULT-VALUE}).")
  int minRiskyReviews;

  @Option(names = "--max-evidence", defaultValue = "10",
      description = "Newest risky reviews quoted in an alert (default: ${DEFAULT-VALUE}).")
  int maxEvidence;

  @Override
  public Integer call() throws Exception {
    HygieneConfig config = new HygieneConfig(ModelRef.parse(model), riskThreshold,
        new RiskRule(riskPeriod, minRiskyReviews, maxEvidence), job.maxOutOfOrderness, job.idleness,
        job.maxMessageBytes, Clock.systemUTC());
    job.groupId = job.groupIdOr(HygieneJob.DETECTOR);
    StreamExecutionEnvironment env = StreamSetup.environment(job);
    var kafka = job.kafkaClientProperties();
    HygieneJob.build(env, KafkaWiring.feedSource(job, feedTopic), KafkaWiring.alertSink(job.bootstrapServers, kafka),
        KafkaWiring.deadLetterSink(job.bootstrapServers, kafka), config);
    System.out.printf("%s job: reading %s on %s (group %s, model %s), alerts to %s%n", HygieneJob.DETECTOR,
        feedTopic, job.bootstrapServers, job.groupId, config.model(), fr.sentinelle.avro.Topics.ALERTS);
    return JobRunner.runUntilStopped(env, "sentinelle " + HygieneJob.DETECTOR);
  }
}
