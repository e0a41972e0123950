package fr.sentinelle.stack.faults;

import fr.sentinelle.stack.ModuleLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fault run: starts the stack, runs the scenarios in order (a scenario that throws is reported as
 * failed and the next one still runs), then checks that the inspector still sees every scenario's
 * alerts, exactly, and stops the stack.
 */
final class FaultRun {
  private final ModuleLauncher launcher;
  private final Path data;
  private final FaultSizes sizes;

  FaultRun(ModuleLauncher launcher, Path data, FaultSizes sizes) {
    this.launcher = launcher;
    this.data = data;
    this.sizes = sizes;
  }

  FaultsReport run(List<Scenario> scenarios) throws IOException {
    Instant start = Instant.now();
    MachineLoad before = MachineLoad.now();
    List<ScenarioResult> results = new ArrayList<>();
    Map<String, String> everyExpected = new LinkedHashMap<>();
    AlertComparison finalView;
    try (FaultStack stack = FaultStack.start(launcher, data)) {
      EventClock clock = new EventClock();
      for (Scenario scenario : scenarios) {
        Progress.say("scenario " + scenario.name());
        ScenarioResult result = runOne(scenario, stack, clock);
        Progress.say("scenario " + scenario.name() + (result.passed() ? " passed" : " FAILED") + ": recovery "
            + result.recoveryMs() + " ms, " + result.jobRestarts() + " job restart(s)");
        results.add(result);
        everyExpected.putAll(KnownAlertsFeed.expectedAlerts(scenario.name(), sizes.establishments(), sizes.updates()));
      }
      finalView = finalView(stack, everyExpected, scenarios.stream().map(Scenario::name).toList());
    }
    boolean passed = finalView.exact() && results.stream().allMatch(ScenarioResult::passed);
    return new FaultsReport(passed, sizes, System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version"), before, MachineLoad.now(), results, finalView,
        Fault.msSince(start));
  }

  private static AlertComparison finalView(FaultStack stack, Map<String, String> expected, List<String> prefixes) {
    try {
      return AlertComparison.of(expected, prefixes, new InspectorView(stack.apiUrl(), stack.supervisorToken()).alerts());
    } catch (IOException e) {
      Progress.say("cannot read the inspector's view at the end: " + e.getMessage());
      return AlertComparison.of(expected, prefixes, List.of());
    }
  }

  private ScenarioResult runOne(Scenario scenario, FaultStack stack, EventClock clock) {
    try {
      return scenario.run(stack, sizes, clock);
    } catch (Exception e) {
      Progress.say("scenario " + scenario.name() + " could not run: " + e);
      return ScenarioResult.failed(scenario.name(), e);
    }
  }
}
