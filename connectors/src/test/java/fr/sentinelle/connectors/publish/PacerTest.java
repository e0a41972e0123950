package fr.sentinelle.connectors.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pacing on a fake clock: parking advances time by exactly what was asked. */
class PacerTest {
  long now = 1_000;
  final List<Long> parks = new ArrayList<>();
  final Pacer pacer = new Pacer(4, () -> now, nanos -> {
    parks.add(nanos);
    now += nanos;
  });

  @Test
  void spacesRecordsByOneOverTheRate() {
    for (int i = 0; i < 4; i++) {
      pacer.await();
    }
    assertEquals(List.of(250_000_000L, 250_000_000L, 250_000_000L), parks);
    assertEquals(1_000 + 750_000_000L, now);
  }

  @Test
  void catchesUpAfterAPauseWithoutExceedingTheAverageRate() {
    pacer.await();
    now += 1_000_000_000L; // a slow broker: one second lost
    pacer.await();
    pacer.await();
    pacer.await();
    pacer.await();
    pacer.await(); // sixth record is due at 1.25 s
    assertEquals(List.of(250_000_000L), parks);
  }

  @Test
  void rateMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Pacer.perSecond(0));
    assertThrows(IllegalArgumentException.class, () -> Pacer.perSecond(Double.NaN));
  }
}
