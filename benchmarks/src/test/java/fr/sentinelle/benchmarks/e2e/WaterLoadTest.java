package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.feed.WaterReading;
import fr.sentinelle.avro.validate.FeedValidator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaterLoadTest {
  private static final Instant T = Instant.parse("2026-11-29T00:00:00Z");

  @Test
  void stationsReadInTurnValidAndTheSameForASeed() throws Exception {
    WaterLoad a = new WaterLoad(3, "l-", 5, T);
    WaterLoad b = new WaterLoad(3, "l-", 5, T);
    AvroCodec<WaterReading> codec = AvroCodec.of(WaterReading.class);
    for (int i = 0; i < 30; i++) {
      LoadGenerator.Message m = a.next(i, T);
      assertArrayEquals(m.value(), b.next(i, T).value());
      WaterReading reading = codec.decode(m.value());
      assertEquals("l-s" + (i % 3), reading.getStationId().toString());
      assertEquals(List.of(), FeedValidator.violations(reading, T.plusSeconds(1)));
      assertEquals(List.of("ph", "redox", "turbidity"),
          reading.getMeasurements().stream().map(x -> x.getParameter().toString()).toList());
    }
  }

  @Test
  void eachStationReadsOnceAMinuteFromTheOriginWhateverTheProducerProposes() {
    WaterLoad load = new WaterLoad(3, "l-", 5, T);
    Instant sent = Instant.parse("2030-01-01T00:00:00Z");
    assertEquals(T, load.eventTime(0, sent));
    assertEquals(T, load.eventTime(2, sent));
    assertEquals(T.plusSeconds(60), load.eventTime(3, sent));
    assertEquals(T.plusSeconds(60 * 7), load.eventTime(23, sent));
    assertEquals("l-s2@" + T.plusSeconds(60 * 7).toEpochMilli(), load.alias(23, load.eventTime(23, sent)));
  }

  @Test
  void anOriginForAPhasePutsItsLastReadingAtOrBeforeTheEnd() {
    Instant end = T.plusSeconds(3600 * 24 * 10);
    Instant origin = WaterLoad.originFor(240_000, 20, end);
    assertEquals(end.minusSeconds(60 * 12_000), origin);
    WaterLoad load = new WaterLoad(20, "l-", 5, origin);
    assertEquals(end.minusSeconds(60), load.eventTime(239_999, end));
    // A count that does not fill the last minute still ends before the end.
    assertEquals(end.minusSeconds(60 * 2), WaterLoad.originFor(3, 2, end));
  }

  @Test
  void eventsComeEvery450ReadingsOfAStationForThirty() {
    assertFalse(WaterLoad.inEvent(0));
    assertFalse(WaterLoad.inEvent(449));
    assertTrue(WaterLoad.inEvent(450));
    assertTrue(WaterLoad.inEvent(479));
    assertFalse(WaterLoad.inEvent(480));
    assertTrue(WaterLoad.inEvent(900));
  }
}
