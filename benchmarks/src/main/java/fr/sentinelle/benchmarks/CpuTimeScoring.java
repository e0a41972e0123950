package fr.sentinelle.benchmarks;

import fr.sentinelle.models.hygiene.HygieneModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Reviews scored per second of the scoring thread's own CPU time: {@code HygieneModel.score} on
 * the seed texts, round-robin, as {@code HygieneScoringBenchmark.score} does. JMH measures wall
 * time, which on a shared machine also counts the time other processes hold the core; this
 * measures "per core" directly. Prints one figure per 1-second round and the median of the rounds
 * after the warm-up ones.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar fr.sentinelle.benchmarks.CpuTimeScoring [warm-up rounds] [rounds]</pre>
 */
public final class CpuTimeScoring {
  private static final long ROUND_NANOS = 1_000_000_000L;

  private CpuTimeScoring() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    HygieneModel model = HygieneModel.loadDefault();
    TextCycle texts = new TextCycle(SeedReviews.load());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] measured = new double[rounds];
    double checksum = 0;
    for (int round = 0; round < warmUp + rounds; round++) {
      long count = 0;
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      long cpu;
      do {
        for (int i = 0; i < 100; i++) {
          SeedReviews.Text text = texts.next();
          checksum += model.score(text.text(), text.language());
        }
        count += 100;
        cpu = threads.getCurrentThreadCpuTime() - cpuStart;
      } while (cpu < ROUND_NANOS);
      double perCpuSecond = count * 1e9 / cpu;
      double perWallSecond = count * 1e9 / (System.nanoTime() - wallStart);
      System.out.printf("%s %2d: %,.0f reviews per CPU-second (%,.0f per wall-clock second)%n",
          round < warmUp ? "warm-up" : "round  ", round < warmUp ? round + 1 : round - warmUp + 1, perCpuSecond, perWallSecond);
      if (round >= warmUp) {
        measured[round - warmUp] = perCpuSecond;
      }
    }
    Arrays.sort(measured);
    System.out.printf("median of %d rounds: %,.0f reviews per CPU-second (checksum %.3f)%n", rounds, measured[rounds / 2], checksum);
  }
}
