package fr.sentinelle.jobs.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaWiringTest {
  @Test
  void alertsAreSentWithoutLingerUnlessTheClientSettingsSayOtherwise() {
    Properties security = new Properties();
    security.setProperty("security.protocol", "SASL_PLAINTEXT");
    Properties plain = KafkaWiring.alertProducerConfig(security);
    assertEquals("0", plain.getProperty("linger.ms"));
    assertEquals("SASL_PLAINTEXT", plain.getProperty("security.protocol"));

    Properties tuned = new Properties();
    tuned.setProperty("linger.ms", "20");
    assertEquals("20", KafkaWiring.alertProducerConfig(tuned).getProperty("linger.ms"));
  }
}
