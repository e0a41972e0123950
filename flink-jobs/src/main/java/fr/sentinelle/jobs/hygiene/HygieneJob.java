package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.feed.Review;
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
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;

/**
 * The restaurant-hygiene detector: reviews → decode and validate → event time → lateness policy →
 * hygiene model score → per-establishment risk → alerts; every rejected review to the dead letters.
 *
 * <p>{@link #build} is the production pipeline with its source and sinks as arguments, so tests run
 * it on bounded input; {@link #main} reads options and wires the real Kafka source and sinks. Every
 * operator has a stable uid so the job restarts from savepoints across versions.
 */
public final class HygieneJob {
  public static final String DETECTOR = Feed.REVIEWS.detector();

  private HygieneJob() {}

  public static void build(StreamExecutionEnvironment env, Source<FeedMessage, ?, ?> reviews, Sink<Alert> alerts,
      Sink<DeadLetter> deadLetters, HygieneConfig config) {
    DataStream<FeedMessage> messages = env
        .fromSource(reviews, WatermarkStrategy.noWatermarks(), "reviews").uid("reviews-source");

    SingleOutputStreamOperator<Sourced<Review>> valid = messages
        .process(new DecodeAndValidate<>(DETECTOR, Review.class, Feed.REVIEWS.idField(),
            RecordValidator.<Review>feedRules(), config.maxMessageBytes(), config.clock()))
        .uid("decode-validate").name("decode and validate");

    SingleOutputStreamOperator<Sourced<Review>> current = valid
        .assignTimestampsAndWatermarks(EventTimeWatermarks.of(HygieneJob::eventTime,
            config.maxOutOfOrderness(), config.idleness()))
        .uid("event-time").name("event time")
        .process(new RejectTooOld<>(DETECTOR, Review.class, HygieneJob::reviewId, config.rule().period(),
            config.clock()))
        .uid("reject-too-old").name("reject too old");

    SingleOutputStreamOperator<ScoredReview> scored = current
        .process(new ScoreReview(config.model(), config.riskThreshold(), config.clock()))
        .uid("score").name("score with hygiene model");

    scored.filter(ScoredReview::risky).uid("risky-only").name("risky reviews")
        .keyBy(ScoredReview::establishmentId, Types.STRING)
        .process(new EstablishmentRisk(config.rule())).uid("establishment-risk").name("establishment risk")
        .sinkTo(alerts).uid("alert-sink").name("alerts");

    valid.getSideOutput(DeadLetters.REJECTED)
        .union(current.getSideOutput(DeadLetters.REJECTED), scored.getSideOutput(DeadLetters.REJECTED))
        .sinkTo(deadLetters).uid("dead-letter-sink").name("dead letters");
  }

  static Long eventTime(Review review) {
    return review.getEventTime().toEpochMilli();
  }

  static String reviewId(Review review) {
    return review.getReviewId().toString();
  }

  public static void main(String[] args) {
    JobRunner.exit(new CommandLine(new HygieneCommand()).execute(args));
  }
}
