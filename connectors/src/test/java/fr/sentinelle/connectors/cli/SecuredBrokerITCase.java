package fr.sentinelle.connectors.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.broker.BrokerOptions;
import fr.sentinelle.broker.LocalBroker;
import fr.sentinelle.broker.ScramAdmin;
import fr.sentinelle.connectors.access.KafkaAccess;
import fr.sentinelle.connectors.access.KafkaRole;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker with SASL/SCRAM and ACLs: an integrator may write its own feed and nothing else. */
class SecuredBrokerITCase {
  static final String ADMIN_PASSWORD = "admin-password-for-this-test";
  static final String LYON_PASSWORD = "lyon-integrator-password";
  @TempDir static Path dataDir;
  static LocalBroker broker;

  @BeforeAll
  static void startSecuredBroker() throws Exception {
    broker = LocalBroker.start(BrokerOptions.defaults().port(0).dataDir(dataDir).scram(ADMIN_PASSWORD));
    TopicAdmin.ensure(client(broker.adminClientConfig()), TopicPlan.topics(), 30);
    try (KafkaAccess access = new KafkaAccess(client(broker.adminClientConfig()), 30)) {
      assertEquals(2, access.grant("lyon", LYON_PASSWORD, KafkaRole.INTEGRATOR, List.of(Feed.REVIEWS)));
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void integratorWritesItsOwnFeedOnly() throws Exception {
    try (KafkaProducer<String, String> lyon = producer(ScramAdmin.clientConfig("lyon", LYON_PASSWORD))) {
      lyon.send(new ProducerRecord<>(Feed.REVIEWS.topic(), "e-1", "ok")).get(30, TimeUnit.SECONDS);
      for (String forbidden : List.of(Feed.WATER.topic(), Topics.ALERTS, Topics.ALERT_ACTIONS)) {
        ExecutionException refused = assertThrows(ExecutionException.class,
            () -> lyon.send(new ProducerRecord<>(forbidden, "k", "x")).get(30, TimeUnit.SECONDS), forbidden);
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), forbidden);
      }
    }
  }

  @Test
  void integratorCannotReadAnyTopic() {
    try (KafkaConsumer<String, String> lyon = consumer(ScramAdmin.clientConfig("lyon", LYON_PASSWORD))) {
      lyon.assign(List.of(new org.apache.kafka.common.TopicPartition(Topics.ALERTS, 0)));
      lyon.seekToBeginning(lyon.assignment());
      assertThrows(TopicAuthorizationException.class, () -> lyon.poll(Duration.ofSeconds(10)));
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    try (KafkaProducer<String, String> intruder = producer(ScramAdmin.clientConfig("lyon", "not-the-password"))) {
      ExecutionException refused = assertThrows(ExecutionException.class,
          () -> intruder.send(new ProducerRecord<>(Feed.REVIEWS.topic(), "k", "x")).get(30, TimeUnit.SECONDS));
      assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }
  }

  @Test
  void showListsExactlyThePlannedAcls() throws Exception {
    try (KafkaAccess access = new KafkaAccess(client(broker.adminClientConfig()), 30)) {
      assertEquals(List.of(
          "ALLOW DESCRIBE on TOPIC sentinelle.feed.reviews (LITERAL)",
          "ALLOW WRITE on TOPIC sentinelle.feed.reviews (LITERAL)"), access.describe("lyon"));
      access.grant("temporary", "temporary-password-123", KafkaRole.DETECTOR_JOB, List.of(Feed.WATER));
      assertEquals(7, access.describe("temporary").size()); // feed read+describe, group, alerts, dead letters
      access.revoke("temporary");
      assertEquals(List.of(), access.describe("temporary"));
    }
  }

  @Test
  void commandLineGrantsAnIntegratorWhoThenPublishesWithItsOwnCredentials() throws Exception {
    Path admin = propertiesFile("admin.properties", broker.adminClientConfig());
    Path password = dataDir.resolve("marseille.password");
    Files.writeString(password, "marseille-password-42\n");
    CliRun grant = CliRun.of("access", "grant", "--user", "marseille", "--role", "integrator", "--feed", "reviews",
        "--password-file", password.toString(), "--bootstrap-servers", broker.bootstrapServers(),
        "--kafka-properties", admin.toString());
    assertEquals("granted marseille (integrator): 2 ACLs\n", grant.out(), grant.err());
    assertEquals(0, grant.exitCode());

    Path marseille = propertiesFile("marseille.properties",
        ScramAdmin.clientConfig("marseille", "marseille-password-42"));
    CliRun publish = CliRun.of("publish", "--feed", "reviews", "--bootstrap-servers", broker.bootstrapServers(),
        "--kafka-properties", marseille.toString(), "--file", PublishCommandTest.fixture("reviews-mixed.jsonl").toString());
    assertEquals("reviews: read 11, published 4, rejected 7\n", publish.out());

    CliRun wrongFeed = CliRun.of("publish", "--feed", "water", "--bootstrap-servers", broker.bootstrapServers(),
        "--kafka-properties", marseille.toString(), "--timeout", "5",
        "--file", PublishCommandTest.fixture("reviews-mixed.jsonl").toString(), "--format", "jsonl");
    assertEquals(ConnectorsCli.BROKER_FAILURE, wrongFeed.exitCode(), wrongFeed.err());
  }

  @Test
  void grantRefusesAnUnknownRoleAndAShortPassword() throws Exception {
    Path shortPassword = dataDir.resolve("short.password");
    Files.writeString(shortPassword, "short\n");
    CliRun role = CliRun.of("access", "grant", "--user", "x", "--role", "superhero", "--feed", "reviews",
        "--password-file", shortPassword.toString());
    assertEquals(ConnectorsCli.UNUSABLE_INPUT, role.exitCode());
    assertEquals("unknown role 'superhero'; known: integrator, detector-job, alert-service", role.errLines().get(0));
    CliRun password = CliRun.of("access", "grant", "--user", "x", "--role", "integrator", "--feed", "reviews",
        "--password-file", shortPassword.toString());
    assertEquals("the password in " + shortPassword + " is shorter than 12 characters", password.errLines().get(0));
  }

  private static Path propertiesFile(String name, Map<String, Object> settings) throws Exception {
    Properties properties = new Properties();
    properties.putAll(settings);
    Path file = dataDir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, null);
    }
    return file;
  }

  static Properties client(Map<String, Object> settings) {
    Properties properties = new Properties();
    properties.putAll(settings);
    properties.put("bootstrap.servers", broker.bootstrapServers());
    return properties;
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> security) {
    Map<String, Object> config = new HashMap<>(security);
    config.put("bootstrap.servers", broker.bootstrapServers());
    config.put("max.block.ms", 30_000);
    config.put("delivery.timeout.ms", 30_000);
    config.put("request.timeout.ms", 10_000);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(Map<String, Object> security) {
    Map<String, Object> config = new HashMap<>(security);
    config.put("bootstrap.servers", broker.bootstrapServers());
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }
}
