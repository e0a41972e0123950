package fr.sentinelle.stack.faults;

import java.time.Instant;
import java.util.Map;

/**
 * The broker dies abruptly and is started again on the same port and data: the job's source and
 * sinks and the alert service reconnect; the rest of the replay is published once it is back.
 */
final class BrokerRestart implements Fault {
  @Override
  public String name() {
    return "broker-restart";
  }

  @Override
  public Map<String, Long> inject(FaultStack stack, Runnable publishRest, Instant faultAt) throws Exception {
    Progress.say("killing the broker");
    stack.killBroker();
    stack.startBroker();
    long back = Fault.msSince(faultAt);
    Progress.say("broker back after " + back + " ms");
    publishRest.run();
    return Map.of("brokerBack", back);
  }
}
