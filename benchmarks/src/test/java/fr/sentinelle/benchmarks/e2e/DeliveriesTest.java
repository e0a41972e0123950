package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveriesTest {
  @Test
  void firstDeliveriesAfterTheWarmupMakeTheLatenciesAndRepeatsAreCounted() {
    Deliveries deliveries = new Deliveries("l-", 4, 1);
    for (int i = 0; i < 4; i++) {
      deliveries.published(i, 1_000_000L * i);
    }
    deliveries.delivered("l-0", 5_000);            // warm-up: counted, no latency
    deliveries.delivered("l-1", 1_002_000);        // 2 ms
    deliveries.delivered("l-2", 2_004_000);        // 4 ms
    deliveries.delivered("l-2", 2_009_000);        // repeat
    deliveries.delivered("b-3", 3_000_000);        // another load's record
    deliveries.delivered("l-99", 3_000_000);       // not published in this phase
    deliveries.delivered(null, 3_000_000);
    assertEquals(3, deliveries.distinct());
    assertEquals(1, deliveries.duplicates());
    assertEquals(new LatencySummary(2, 2.0, 4.0, 4.0, 4.0, 3.0), deliveries.latencies());
  }

  @Test
  void theMeasuredMessagesAreSplitIntoConsecutiveWindowsOfEqualLength() {
    Deliveries deliveries = new Deliveries("l-", 8, 2, 3);
    for (int i = 0; i < 8; i++) {
      deliveries.published(i, 1_000_000L * i);
      deliveries.delivered("l-" + i, 1_000_000L * i + 1_000L * (i + 1)); // message i takes i + 1 ms
    }
    List<LatencySummary> windows = deliveries.windowLatencies();
    assertEquals(List.of(2, 2, 2), windows.stream().map(LatencySummary::count).toList());
    assertEquals(List.of(4.0, 6.0, 8.0), windows.stream().map(LatencySummary::maxMs).toList());
    assertEquals(6, deliveries.latencies().count());
  }

  @Test
  void outputsNamingTheirSourceByAnAliasAreMatchedToIt() {
    Deliveries deliveries = new Deliveries("l-", 3, 0);
    deliveries.published(2, 1_000);
    deliveries.alias(WaterLoad.stationTime("l-s2", 1234), 2);
    deliveries.alias(Deliveries.position(4, 99), 2);
    deliveries.delivered("l-s2@1234", 6_000);
    deliveries.delivered("@4/99", 7_000);
    assertEquals(1, deliveries.distinct());
    assertEquals(1, deliveries.duplicates());
    assertEquals(5.0, deliveries.latencies().maxMs());
  }

  @Test
  void sseReceiptsCountMissedAndRepeatedDeliveriesPerSubscriber() {
    Receipts receipts = new Receipts(2, 2);
    receipts.published(0, 0);
    receipts.published(1, 1000);
    receipts.received(0, 0, 3000);
    receipts.received(1, 0, 5000);
    receipts.received(1, 0, 6000);
    receipts.received(0, 1, 2000);
    receipts.received(0, -1, 2000);
    Receipts.Tally tally = receipts.tally();
    assertEquals(3, tally.delivered());
    assertEquals(1, tally.missed());
    assertEquals(1, tally.duplicated());
    assertEquals(new LatencySummary(3, 3.0, 5.0, 5.0, 5.0, 3.0), tally.latency());
  }
}
