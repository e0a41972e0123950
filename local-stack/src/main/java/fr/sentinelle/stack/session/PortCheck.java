package fr.sentinelle.stack.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Collectors;

/** Whether the stack's ports can be bound: checked before anything starts, and after {@code down}. */
final class PortCheck {
  private PortCheck() {}

  static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
      return true;
    } catch (IOException busy) {
      return false;
    }
  }

  static List<Integer> busy(String host, List<Integer> ports) {
    return ports.stream().filter(p -> !isFree(host, p)).collect(Collectors.toList());
  }
}
