package fr.sentinelle.stack.faults;

import java.time.Instant;
import java.util.Map;

/**
 * The alert service dies (killed) while alerts keep coming, and is started again on the same port and
 * state directory: it must catch up from the alerts topic, keeping what it held and adding nothing twice.
 */
final class AlertServiceRestart implements Fault {
  @Override
  public String name() {
    return "alert-service-restart";
  }

  @Override
  public Map<String, Long> inject(FaultStack stack, Runnable publishRest, Instant faultAt) throws Exception {
    Progress.say("killing the alert service");
    stack.killAlertService();
    publishRest.run();
    stack.startAlertService();
    long back = Fault.msSince(faultAt);
    Progress.say("alert service healthy again after " + back + " ms");
    return Map.of("serviceBack", back);
  }
}
