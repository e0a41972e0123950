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
    WaterLoad a = new WaterLoad(3, "l-", 5);
    WaterLoad b = new WaterLoad(3, "l-", 5);
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
  void eventsComeEvery450ReadingsOfAStationForThirty() {
    assertFalse(WaterLoad.inEvent(0));
    assertFalse(WaterLoad.inEvent(449));
    assertTrue(WaterLoad.inEvent(450));
    assertTrue(WaterLoad.inEvent(479));
    assertFalse(WaterLoad.inEvent(480));
    assertTrue(WaterLoad.inEvent(900));
  }
}
