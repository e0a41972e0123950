package fr.sentinelle.connectors.cli;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.connectors.publish.DryRunSink;
import fr.sentinelle.connectors.publish.KafkaSink;
import fr.sentinelle.connectors.publish.Pacer;
import fr.sentinelle.connectors.publish.Progress;
import fr.sentinelle.connectors.publish.PublishRun;
import fr.sentinelle.connectors.publish.PublishSummary;
import fr.sentinelle.connectors.publish.RecordSink;
import fr.sentinelle.connectors.publish.RejectLog;
import fr.sentinelle.connectors.read.InputFormat;
import fr.sentinelle.connectors.read.InputFormatException;
import fr.sentinelle.connectors.read.RowReader;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publish}: validates a feed file record by record and publishes the valid records. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publish a CSV or JSON Lines file (optionally gzipped) to a feed topic, creating missing topics first.",
        "Each record is mapped onto the feed's Avro schema by field name (CSV: dotted columns such as"
            + " location.latitude for nested fields) and validated; invalid ones are reported on stderr with their"
            + " line and reason. Ends with one summary line on stdout.",
        "Water: a sensor CSV of one station (columns Time, Tp, Cl, pH, Redox, Leit, Trueb, Cl_2, Fm, Fm_2, EVENT;"
            + " GECCO 2018 shape) needs --station and --department; JSON Lines of WaterReading may interleave stations."})
final class PublishCommand implements Callable<Integer> {
  @Option(names = "--feed", required = true, paramLabel = "FEED",
      description = "reviews, water, scenes, calls, letters or medical")
  String feed;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "the file to publish")
  Path file;

  @Option(names = "--format", paramLabel = "csv|jsonl",
      description = "file format (default: from the extension: .csv, .jsonl, .ndjson, each optionally .gz)")
  InputFormat format;

  @Option(names = "--rate", paramLabel = "N", description = "publish at most N records per second")
  Double rate;

  @Option(names = "--dry-run", description = "read and validate only; publish nothing")
  boolean dryRun;

  @Option(names = "--rejects", paramLabel = "FILE", description = "also write each rejected record's line and reasons to FILE (JSON Lines)")
  Path rejectsFile;

  @Option(names = "--station", paramLabel = "ID",
      description = "water feed, sensor CSV of one station (Time, Tp, Cl, pH, …): the station's id")
  String station;

  @Option(names = "--department", paramLabel = "CODE",
      description = "water feed, sensor CSV of one station: the station's department code")
  String department;

  @Mixin BrokerOption broker;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Feed target = Feed.byName(feed);
      InputFormat inputFormat = format != null ? format : InputFormat.fromFileName(file);
      if (rate != null && !(rate > 0)) {
        throw new InputFormatException("--rate must be positive, got " + rate);
      }
      AtomicLong bytesRead = new AtomicLong();
      try (RowReader rows = FeedFiles.open(file, inputFormat, SpecificData.get().getSchema(target.recordType()), bytesRead, err,
          station == null && department == null ? null : new FeedFiles.WaterStation(station, department))) {
        if (!dryRun) {
          // Only the feed's own topic: an integrator on a secured broker may see and write nothing else.
          TopicAdmin.ensure(broker.clientProperties(), TopicPlan.topics().stream()
              .filter(t -> t.name().equals(target.topic())).toList(), broker.timeoutSeconds);
        }
        PublishSummary summary = publish(target, rows, bytesRead);
        spec.commandLine().getOut().println(summary.line());
        return summary.exitCode();
      }
    } catch (InputFormatException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ConnectorsCli.UNUSABLE_INPUT;
    } catch (TopicAdmin.BrokerException e) {
      err.println("error: " + e.getMessage());
      return ConnectorsCli.BROKER_FAILURE;
    }
  }

  private PublishSummary publish(Feed target, RowReader rows, AtomicLong bytesRead) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (RejectLog rejects = new RejectLog(err, rejectsFile);
        RecordSink sink = dryRun ? new DryRunSink() : KafkaSink.create(target, broker.clientProperties(), broker.timeoutSeconds, rejects);
        Progress progress = Progress.forFile(file.getFileName().toString(), Files.size(file), bytesRead,
            System.err, System.console() != null)) {
      PublishRun run = new PublishRun(target.feedName(), FeedFiles.mapper(target, rows), sink, rejects,
          rate == null ? Pacer.unlimited() : Pacer.perSecond(rate), progress, Clock.systemUTC());
      return run.run(rows, dryRun);
    }
  }
}
