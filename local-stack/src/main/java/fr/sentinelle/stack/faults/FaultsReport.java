package fr.sentinelle.stack.faults;

import java.util.List;

/**
 * The JSON report of {@code ./sentinelle bench --faults}: the sizes, the machine before and after,
 * one entry per scenario, and the whole run's alerts as the inspector sees them at the end (every
 * scenario's, still exact after all the faults).
 */
record FaultsReport(boolean passed, FaultSizes sizes, String java, MachineLoad machineBefore,
    MachineLoad machineAfter, List<ScenarioResult> scenarios, AlertComparison finalView, long totalMs) {}
