package fr.sentinelle.stack.faults;

import java.util.List;
import java.util.Map;

/**
 * One scenario's outcome in the report.
 *
 * @param recoveryMs milliseconds from the fault to each milestone: "jobRunningAgain" (when the job
 *     restarted), "inspectorViewComplete" (the inspector sees exactly the expected alerts) and the
 *     fault's own ones ("brokerBack", "serviceBack", "storageRestored" …)
 * @param deadLetters dead letters the scenario's input produced, by reason
 * @param error why the scenario could not run to its end, or null
 */
record ScenarioResult(String name, boolean passed, int reviewsSent, int hostileSent, int expectedAlerts,
    int seenAlerts, List<String> missing, List<String> unexpected, List<String> duplicates,
    Map<String, Long> recoveryMs, long jobRestarts, long checkpointsFailed, Map<String, Long> deadLetters,
    Map<String, Long> expectedDeadLetters, String error) {

  static ScenarioResult failed(String name, Exception e) {
    return new ScenarioResult(name, false, 0, 0, 0, 0, List.of(), List.of(), List.of(), Map.of(), 0, 0,
        Map.of(), Map.of(), e.toString());
  }
}
