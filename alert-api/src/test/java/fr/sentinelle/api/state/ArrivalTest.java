package fr.sentinelle.api.state;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArrivalTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");
  private final Alert open = alert("a", HYGIENE, "75", T0);

  @Test
  void firstSightingIsNew() {
    assertEquals(Arrival.NEW, Arrival.of(null, open));
  }

  @Test
  void anEqualCopyIsADuplicate() {
    assertEquals(Arrival.DUPLICATE, Arrival.of(open, alert("a", HYGIENE, "75", T0)));
  }

  @Test
  void aLaterStatusAtTheSameTimeIsAChange() {
    assertEquals(Arrival.CHANGED, Arrival.of(open, alert("a", HYGIENE, "75", T0, AlertStatus.CLOSED)));
  }

  @Test
  void anEarlierEventTimeIsADuplicateEvenWithALaterStatus() {
    Alert later = alert("a", HYGIENE, "75", T0.plusSeconds(1));
    assertEquals(Arrival.DUPLICATE, Arrival.of(later, alert("a", HYGIENE, "75", T0, AlertStatus.UPDATE)));
  }

  @Test
  void sameVersionWithOtherContentReplaces() {
    Alert moreEvidence = Alert.newBuilder(open).setScore(0.99).build();
    assertEquals(Arrival.CHANGED, Arrival.of(open, moreEvidence));
  }
}
