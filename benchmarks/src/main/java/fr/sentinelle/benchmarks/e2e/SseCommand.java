package fr.sentinelle.benchmarks.e2e;

import fr.sentinelle.broker.ModuleJvm;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./sentinelle bench sse}: many live subscribers of the real alert service, the delivery latency of each alert to each. */
@Command(name = "sse", mixinStandardHelpOptions = true,
    description = "Starts a broker and the alert service, opens many concurrent SSE subscriptions, publishes alerts "
        + "one at a time and prints one JSON report: delivery latency to every subscriber (p50/p99/p99.9/max), "
        + "missed and duplicated deliveries.")
final class SseCommand implements Callable<Integer> {
  @Option(names = "--subscribers", defaultValue = "1000", description = "Concurrent subscribers, one connection each (default: ${DEFAULT-VALUE}).")
  int subscribers;

  @Option(names = "--alerts", defaultValue = "200", description = "Measured alerts (default: ${DEFAULT-VALUE}).")
  int alerts;

  @Option(names = "--rate", defaultValue = "10", description = "Alerts published per second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--warmup", defaultValue = "60",
      description = "Seconds of warm-up alerts (every 250 ms) before the measured ones, at least until every subscriber has one (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--data-dir", defaultValue = "var/bench-sse", description = "Broker data and logs; emptied first (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--token", description = "Bearer token for the stream (default: none).")
  String token;

  @Override
  public Integer call() throws Exception {
    DataDirs.empty(dataDir);
    SseReport report = new SseFanOut(ModuleJvm.fromEnvironment(), BenchCli::progress)
        .run(dataDir, subscribers, alerts, rate, token, warmupSeconds);
    System.out.println(ReportJson.of(report));
    return report.missed() == 0 && report.duplicated() == 0 ? 0 : 1;
  }
}
