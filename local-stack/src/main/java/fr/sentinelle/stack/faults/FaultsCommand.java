package fr.sentinelle.stack.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.sentinelle.stack.DataDirectory;
import fr.sentinelle.stack.ModuleLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./sentinelle bench --faults}: starts one stack, runs the fault and fuzz scenarios one after
 * the other on it, and prints the JSON report as the last line of stdout (progress on stderr). Exits 1
 * when a scenario fails.
 */
@Command(name = "bench --faults", mixinStandardHelpOptions = true,
    description = "Kills a TaskManager, restarts the broker and the alert service, makes the checkpoint directory "
        + "unusable for a while, each in the middle of a replay with known expected alerts, and feeds hostile "
        + "payloads among good reviews; prints a JSON report with recovery times and dead-letter counts.")
public final class FaultsCommand implements Callable<Integer> {
  static final Map<String, Scenario> SCENARIOS = scenarios();

  @Option(names = "--scenarios", split = ",", description = "scenarios to run, in order (default: all: ${DEFAULT-VALUE})")
  List<String> scenarios = List.copyOf(SCENARIOS.keySet());

  @Option(names = "--establishments", description = "new establishments per scenario (default: ${DEFAULT-VALUE})")
  int establishments = 20;

  @Option(names = "--updates", description = "of them, how many get a fourth risky review (default: ${DEFAULT-VALUE})")
  int updates = 5;

  @Option(names = "--hostile", description = "hostile payloads in the hostile-input scenario (default: ${DEFAULT-VALUE})")
  int hostile = 400;

  @Option(names = "--seed", description = "seed of the hostile payloads (default: ${DEFAULT-VALUE})")
  long seed = 20261128L;

  @Option(names = "--patience", description = "seconds to wait for each recovery (default: ${DEFAULT-VALUE})")
  int patienceSeconds = 180;

  @Option(names = "--data-dir", description = "where the stack keeps its data and logs; emptied at start "
      + "(default: a new temporary directory, deleted after a run that passed)")
  Path dataDir;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FaultsCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<Scenario> chosen = scenarios.stream().map(name -> {
      Scenario scenario = SCENARIOS.get(name);
      if (scenario == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown scenario '" + name + "'; known: " + String.join(", ", SCENARIOS.keySet()));
      }
      return scenario;
    }).toList();
    FaultSizes sizes;
    try {
      sizes = new FaultSizes(establishments, updates, hostile, seed, patienceSeconds);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean temporary = dataDir == null;
    Path data = temporary ? Files.createTempDirectory("sentinelle-faults-") : dataDir;
    DataDirectory.recreate(data);
    Progress.say("data and logs in " + data.toAbsolutePath());
    FaultsReport report = new FaultRun(ModuleLauncher.fromEnvironment(), data, sizes).run(chosen);
    spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(report));
    spec.commandLine().getOut().flush();
    if (report.passed() && temporary) {
      DataDirectory.recreate(data);
      Files.delete(data);
    } else if (!report.passed()) {
      Progress.say("a scenario failed; the stack's logs are in " + data.resolve("logs") + " and "
          + data.resolve("flink").resolve("log"));
    }
    return report.passed() ? 0 : 1;
  }

  private static Map<String, Scenario> scenarios() {
    Map<String, Scenario> all = new LinkedHashMap<>();
    for (Scenario s : List.of(new FaultScenario(new TaskManagerKill()), new FaultScenario(new BrokerRestart()),
        new FaultScenario(new AlertServiceRestart()), new FaultScenario(new CheckpointDirUnwritable()),
        new HostileInputScenario())) {
      all.put(s.name(), s);
    }
    return all;
  }
}
