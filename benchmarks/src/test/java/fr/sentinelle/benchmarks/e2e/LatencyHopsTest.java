package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LatencyHopsTest {
  @Test
  void eachMeasuredDeliveryIsSplitAtTheBrokersAppendTimesAndTheTailIsAttributedToItsHops() {
    Deliveries deliveries = new Deliveries("l-", 101, 1);
    LatencyHops hops = new LatencyHops(101);
    deliveries.splitInto(hops);
    for (int i = 0; i < 101; i++) {
      long published = 1_000_000L + 1_000L * i;
      deliveries.published(i, published * 1000);
      hops.published(i, published);
      hops.appended(i, published + 1);
      // the last message spends 40 ms in the job, the others 5; each takes 1 ms to the feed and 2 to the reader
      long inJob = i == 100 ? 40 : 5;
      long outputAppended = published + 1 + inJob;
      long read = outputAppended + 2;
      deliveries.delivered("l-" + i, read * 1000, outputAppended, read);
    }
    LatencyHops.HopSummary summary = hops.summary();
    assertEquals(100, summary.count(), "message 0 is the warm-up");
    assertEquals(new LatencyHops.HopSummary.Hop(1, 1), summary.toFeed());
    assertEquals(new LatencyHops.HopSummary.Hop(5, 5), summary.inJob());
    assertEquals(new LatencyHops.HopSummary.Hop(2, 2), summary.toReader());
    assertEquals(1, summary.tailCount());
    assertEquals(40.0, summary.tailInJobMeanMs());
    assertEquals(1.0, summary.tailToFeedMeanMs());
  }

  @Test
  void aDeliveryWhoseFeedAcknowledgementHasNotComeOrWithoutAnAppendTimeIsNotSplit() {
    Deliveries deliveries = new Deliveries("l-", 2, 0);
    LatencyHops hops = new LatencyHops(2);
    deliveries.splitInto(hops);
    deliveries.published(0, 0);
    deliveries.published(1, 0);
    hops.published(0, 10);
    deliveries.delivered("l-0", 5_000, 12, 15);
    hops.appended(1, 11);
    deliveries.delivered("l-1", 5_000);
    assertNull(hops.summary());
    assertEquals("none (no output after the warm-up)", hops.tailMoments(12));
    assertEquals(2, deliveries.distinct());
  }
}
