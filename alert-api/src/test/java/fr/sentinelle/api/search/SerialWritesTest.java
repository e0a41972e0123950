package fr.sentinelle.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SerialWritesTest {
  @Test
  void writesRunInTheirOrderAndAwaitSeesEveryEarlierOneEvenPastAFullQueueAndAFailure() {
    List<Integer> done = Collections.synchronizedList(new ArrayList<>());
    try (SerialWrites writes = new SerialWrites("test-writes", 4)) {
      for (int i = 0; i < 500; i++) {
        int n = i;
        if (n == 100) {
          writes.submit("fail once", () -> {
            throw new IOException("disk on fire");
          });
        }
        writes.submit("write " + n, () -> done.add(n));
      }
      writes.await();
      assertEquals(IntStream.range(0, 500).boxed().toList(), List.copyOf(done));
    }
  }
}
