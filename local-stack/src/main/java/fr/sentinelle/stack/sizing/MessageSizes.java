package fr.sentinelle.stack.sizing;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.connectors.map.MappedRecord;
import fr.sentinelle.connectors.map.RecordMapper;
import fr.sentinelle.connectors.read.CsvReader;
import fr.sentinelle.connectors.read.InputFiles;
import fr.sentinelle.connectors.read.JsonLinesReader;
import fr.sentinelle.connectors.read.Row;
import fr.sentinelle.connectors.read.RowReader;
import fr.sentinelle.connectors.water.GeccoCsvReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LongSummaryStatistics;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Bytes per Kafka message of a feed: each record of a file mapped as {@code publish} maps it and
 * encoded as the jobs read it (Avro single-object encoding), plus its key. Prints count, mean, min, max.
 */
@Command(name = "message-sizes", mixinStandardHelpOptions = true,
    description = "Measures the Avro-encoded size of a feed file's records, as published to Kafka.")
public final class MessageSizes implements Callable<Integer> {
  @Option(names = "--feed", required = true, description = "reviews, water, …") String feed;
  @Option(names = "--file", required = true, description = "JSON Lines (.jsonl[.gz]) or CSV (GECCO shape for water)") Path file;
  @Option(names = "--limit", description = "records to measure (default: ${DEFAULT-VALUE})") long limit = 100_000;

  @Override
  public Integer call() throws Exception {
    Feed target = Feed.valueOf(feed.toUpperCase(java.util.Locale.ROOT));
    LongSummaryStatistics value = new LongSummaryStatistics();
    LongSummaryStatistics key = new LongSummaryStatistics();
    @SuppressWarnings({"rawtypes", "unchecked"})
    AvroCodec<SpecificRecord> codec = AvroCodec.of((Class) target.recordType());
    try (RowReader rows = open(target, file)) {
      RecordMapper mapper = new RecordMapper(SpecificData.get().getSchema(target.recordType()), rows.textual());
      for (Row row = rows.next(); row != null && value.getCount() < limit; row = rows.next()) {
        if (!row.readable()) {
          continue;
        }
        MappedRecord mapped = mapper.map(row.value());
        if (mapped.ok()) {
          value.accept(codec.encode(mapped.record()).length);
          Object subject = mapped.record().get(mapped.record().getSchema().getField(target.subjectField()).pos());
          key.accept(String.valueOf(subject).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%s: %d records, value bytes mean %.0f (min %d, max %d), key bytes mean %.0f%n",
        target.name().toLowerCase(java.util.Locale.ROOT), value.getCount(), value.getAverage(), value.getMin(),
        value.getMax(), key.getAverage());
    return value.getCount() > 0 ? 0 : 1;
  }

  private static RowReader open(Feed feed, Path file) throws Exception {
    InputStream in = InputFiles.open(file, new AtomicLong());
    String name = file.getFileName().toString();
    if (name.contains(".jsonl")) {
      return new JsonLinesReader(in);
    }
    CsvReader csv = new CsvReader(in);
    return feed == Feed.WATER ? new GeccoCsvReader(csv, "station-1", "75", new PrintWriter(System.err, true)) : csv;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new MessageSizes()).execute(args));
  }
}
