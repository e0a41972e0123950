package fr.sentinelle.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports; consecutive ones where a base port plus offsets is configured (Flink metrics). */
public final class Ports {
  private Ports() {}

  /** {@code n} ports: the first two anywhere, the rest consecutive (metrics base + one per TaskManager). */
  public static int[] free(int n) {
    int[] ports = new int[n];
    ports[0] = one();
    ports[1] = one();
    int base = consecutive(n - 2);
    for (int i = 2; i < n; i++) {
      ports[i] = base + i - 2;
    }
    return ports;
  }

  public static int one() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int consecutive(int count) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = one();
      if (base + count < 65535 && allFree(base, count)) {
        return base;
      }
    }
    throw new IllegalStateException("no " + count + " consecutive free ports on loopback");
  }

  static boolean allFree(int base, int count) {
    for (int p = base; p < base + count; p++) {
      try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
        // free
      } catch (IOException busy) {
        return false;
      }
    }
    return true;
  }
}
