package fr.sentinelle.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBrokerITCase {

  @TempDir Path dataDir;

  @Test
  void keepsTopicsAndRecordsAcrossARestartAndFreesItsPort() throws Exception {
    BrokerOptions options = BrokerOptions.defaults().port(0).dataDir(dataDir);
    int port;
    try (LocalBroker broker = LocalBroker.start(options)) {
      port = Integer.parseInt(broker.bootstrapServers().split(":")[1]);
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("greetings", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
      }
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
          "bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("greetings", "k", "bonjour")).get(30, TimeUnit.SECONDS);
      }
    }
    assertTrue(portIsFree(port), "the stopped broker must release its port");

    try (LocalBroker again = LocalBroker.start(options.port(port))) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", again.bootstrapServers()))) {
        assertEquals(Set.of("greetings"), admin.listTopics().names().get(30, TimeUnit.SECONDS));
      }
      assertEquals(List.of("bonjour"), readAll(again.bootstrapServers(), "greetings", 1));
      again.kill();
      assertFalse(again.isAlive());
    }
  }

  private static List<String> readAll(String bootstrap, String topic, int expected) {
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", bootstrap, "group.id", "it", "auto.offset.reset", "earliest"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      List<String> values = new java.util.ArrayList<>();
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(r.value());
        }
        return values.size() >= expected;
      });
      return values;
    }
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
