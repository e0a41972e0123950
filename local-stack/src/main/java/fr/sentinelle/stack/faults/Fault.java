package fr.sentinelle.stack.faults;

import java.time.Instant;
import java.util.Map;

/** A fault injected into the running stack in the middle of a replay, healed as an operator would. */
interface Fault {
  String name();

  /**
   * Breaks a part of the stack at {@code faultAt}, publishes the rest of the replay (at the moment it
   * would arrive: while the part is down, or once a broker is back), and heals the part.
   *
   * @return milliseconds from the fault to this fault's own milestones (e.g. "brokerBack")
   */
  Map<String, Long> inject(FaultStack stack, Runnable publishRest, Instant faultAt) throws Exception;

  static long msSince(Instant from) {
    return java.time.Duration.between(from, Instant.now()).toMillis();
  }
}
