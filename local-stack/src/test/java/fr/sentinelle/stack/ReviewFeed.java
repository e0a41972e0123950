package fr.sentinelle.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.connectors.cli.ConnectorsCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine;

/** The demo review feed, shifted to end now, split in two parts and published like an integrator does. */
final class ReviewFeed {
  private ReviewFeed() {}

  /** Writes the shifted feed and splits it after {@code firstPart} reviews; returns both files. */
  static List<Path> writeSplit(Path dir, int firstPart) throws IOException {
    Path all = dir.resolve("reviews.jsonl");
    DemoFeed.writeShifted(Instant.now(), all);
    List<String> lines = Files.readAllLines(all);
    Path first = Files.write(dir.resolve("reviews-1.jsonl"), lines.subList(0, firstPart));
    Path second = Files.write(dir.resolve("reviews-2.jsonl"), lines.subList(firstPart, lines.size()));
    return List.of(first, second);
  }

  /** Publishes a JSON Lines file to the reviews feed; every line is valid, so publish exits 0. */
  static void publish(Path file, String bootstrap, Integer rate) {
    List<String> args = new java.util.ArrayList<>(List.of("publish", "--feed", "reviews", "--file", file.toString(),
        "--bootstrap-servers", bootstrap));
    if (rate != null) {
      args.addAll(List.of("--rate", rate.toString()));
    }
    assertEquals(0, new CommandLine(new ConnectorsCli()).execute(args.toArray(String[]::new)), "publish " + file);
  }
}
