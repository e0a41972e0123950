package fr.sentinelle.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {
  private static final long[] ONE_TO_THOUSAND = LongStream.rangeClosed(1, 1000).toArray();

  @Test
  void percentilesAreNearestRank() {
    assertEquals(500, Stats.percentile(ONE_TO_THOUSAND, 0.50));
    assertEquals(990, Stats.percentile(ONE_TO_THOUSAND, 0.99));
    assertEquals(999, Stats.percentile(ONE_TO_THOUSAND, 0.999));
    assertEquals(1000, Stats.percentile(ONE_TO_THOUSAND, 1.0));
    assertEquals(1, Stats.percentile(ONE_TO_THOUSAND, 0.0001));
    assertEquals(7, Stats.percentile(new long[] {7}, 0.99));
    // Two samples: the median is the first, p99 the second.
    assertEquals(3, Stats.percentile(new long[] {3, 9}, 0.5));
    assertEquals(9, Stats.percentile(new long[] {3, 9}, 0.99));
  }

  @Test
  void percentilesRefuseNoSamplesAndBadQuantiles() {
    assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new long[0], 0.5));
    assertThrows(IllegalArgumentException.class, () -> Stats.percentile(ONE_TO_THOUSAND, 0));
    assertThrows(IllegalArgumentException.class, () -> Stats.percentile(ONE_TO_THOUSAND, 1.5));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(20.0, Stats.median(List.of(30.0, 10.0, 20.0)));
    assertEquals(25.0, Stats.median(List.of(40.0, 10.0, 20.0, 30.0)));
    assertEquals(5.0, Stats.median(List.of(5.0)));
    assertTrue(Double.isNaN(Stats.median(List.of())));
  }

  @Test
  void ratioToNothingIsNotANumber() {
    assertEquals(0.5, Stats.ratio(50, 100));
    assertTrue(Double.isNaN(Stats.ratio(50, 0)));
  }

  @Test
  void latenciesAreSummarisedInMillisecondsFromMicroseconds() {
    long[] micros = LongStream.rangeClosed(1, 1000).map(i -> i * 1000).toArray();
    LatencySummary summary = Stats.latencies(micros);
    assertEquals(new LatencySummary(1000, 500.0, 990.0, 999.0, 1000.0, 500.5), summary);
    assertEquals(LatencySummary.EMPTY, Stats.latencies(new long[0]));
  }

  @Test
  void recorderKeepsEverySampleFromManyThreads() throws Exception {
    LatencyRecorder recorder = new LatencyRecorder();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 1; i <= 5000; i++) {
          recorder.add(i);
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(20_000, recorder.count());
    assertEquals(5.0, recorder.summary().maxMs());
  }
}
