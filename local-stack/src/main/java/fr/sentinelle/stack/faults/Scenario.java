package fr.sentinelle.stack.faults;

/** One scenario of a fault run, on the shared stack, with establishments of its own. */
interface Scenario {
  String name();

  ScenarioResult run(FaultStack stack, FaultSizes sizes, EventClock clock) throws Exception;
}
