package fr.sentinelle.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
  private static StreamsSettings withStateDir(String dir) {
    StreamsSettings settings = new StreamsSettings();
    settings.setStateDir(dir);
    return settings;
  }

  @Test
  void theStaticMemberIdStaysAcrossRestartsAndDiffersBetweenInstances() {
    String first = withStateDir("/var/lib/sentinelle/alert-api").getInstanceId();
    assertEquals(first, withStateDir("/var/lib/sentinelle/alert-api").getInstanceId(), "same instance after a restart");
    assertEquals(first, withStateDir("/var/lib/sentinelle/../sentinelle/alert-api").getInstanceId(), "same directory");
    assertNotEquals(first, withStateDir("/var/lib/sentinelle/alert-api-2").getInstanceId(), "another instance");
    assertTrue(first.startsWith(StreamsSettings.DEFAULT_APPLICATION_ID + "-"), first);
  }

  @Test
  void aConfiguredIdWins() {
    StreamsSettings settings = withStateDir("/tmp/x");
    settings.setInstanceId("alert-api-rennes-1");
    assertEquals("alert-api-rennes-1", settings.getInstanceId());
  }
}
