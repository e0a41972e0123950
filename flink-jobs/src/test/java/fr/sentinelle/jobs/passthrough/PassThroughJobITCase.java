package fr.sentinelle.jobs.passthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.DeadLetter;
import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.jobs.KafkaTestTopics;
import fr.sentinelle.jobs.common.JobOptions;
import fr.sentinelle.jobs.common.KafkaWiring;
import fr.sentinelle.jobs.common.StreamSetup;
import fr.sentinelle.jobs.hygiene.TestReviews;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline job on a real broker and MiniCluster: every good review comes out unchanged, every bad message is a dead letter. */
class PassThroughJobITCase {
  private static final String INPUT = "it.pass-through.in";
  private static final String OUTPUT = "it.pass-through.out";
  private static final int REVIEWS = 200;

  @TempDir
  static Path dataDir;
  private static LocalBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir));
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(INPUT, 2, (short) 1), new NewTopic(OUTPUT, 2, (short) 1),
          new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1))).all().get();
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void everyGoodRecordPassesThroughAndEveryBadOneIsADeadLetter() throws Exception {
    Instant start = Instant.parse("2025-03-01T12:00:00Z");
    List<Review> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = KafkaTestTopics.producer(broker.bootstrapServers())) {
      for (int i = 0; i < REVIEWS; i++) {
        Review review = TestReviews.review("r-" + i, "e-" + (i % 7), "75",
            i % 3 == 0 ? TestReviews.SICK[i % 4] : TestReviews.FINE[i % 2], start.plusSeconds(i));
        sent.add(review);
        producer.send(new ProducerRecord<>(INPUT, review.getEstablishmentId().getBytes(), TestReviews.encoded(review)));
      }
      producer.send(new ProducerRecord<>(INPUT, new byte[] {1, 2, 3}));
      producer.send(new ProducerRecord<>(INPUT, TestReviews.encoded(
          TestReviews.review("blank", "e-1", "75", " ", start)))).get();
    }

    JobOptions options = new JobOptions();
    options.bootstrapServers = broker.bootstrapServers();
    options.groupId = "it-pass-through";
    options.startingOffsets = JobOptions.StartingOffsets.earliest;
    options.checkpointInterval = Duration.ofSeconds(1);
    options.parallelism = 2;
    StreamExecutionEnvironment env = StreamSetup.environment(options);
    KafkaSink<Review> output = KafkaSink.<Review>builder()
        .setBootstrapServers(broker.bootstrapServers())
        .setRecordSerializer(new fr.sentinelle.jobs.common.AvroRecordSerializer<>(OUTPUT, Review.class,
            r -> PassThroughCommand.subjectOf(r, Feed.REVIEWS.subjectField())))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
    PassThroughJob.build(env, Feed.REVIEWS,
        KafkaWiring.feedSourceBuilder(options, INPUT).setBounded(OffsetsInitializer.latest()).build(),
        output, KafkaWiring.deadLetterSink(broker.bootstrapServers()), 256 * 1024, Clock.systemUTC());
    env.execute("pass-through-it");

    List<Review> passed = KafkaTestTopics.readAll(broker.bootstrapServers(), OUTPUT, Review.class, REVIEWS);
    assertEquals(sent.stream().map(Review::toString).sorted().toList(),
        passed.stream().map(Review::toString).sorted().toList());
    List<DeadLetter> dead = KafkaTestTopics.readAll(broker.bootstrapServers(), Topics.DEAD_LETTERS, DeadLetter.class, 2);
    assertEquals(List.of(RejectReason.INVALID, RejectReason.UNDECODABLE).stream().sorted().toList(),
        dead.stream().map(DeadLetter::getReasonCode).sorted().toList());
    assertEquals(List.of(PassThroughJob.NAME, PassThroughJob.NAME), dead.stream().map(d -> d.getDetector().toString()).toList());
  }
}
