package fr.sentinelle.connectors.publish;

import fr.sentinelle.avro.validate.FeedValidator;
import fr.sentinelle.connectors.map.MappedRecord;
import fr.sentinelle.connectors.map.RecordMapper;
import fr.sentinelle.connectors.read.InputFormatException;
import fr.sentinelle.connectors.read.Row;
import fr.sentinelle.connectors.read.RowReader;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * The publishing loop: read a row, map it onto the feed's record, validate it, send it or report
 * it. A bad row never stops the run; an unreadable rest of file (broken gzip, CSV syntax) ends it
 * with that reported as one more reject.
 */
public final class PublishRun {
  private final String feedName;
  private final RecordMapper mapper;
  private final RecordSink sink;
  private final RejectLog rejects;
  private final Pacer pacer;
  private final Progress progress;
  private final Clock clock;

  public PublishRun(String feedName, RecordMapper mapper, RecordSink sink, RejectLog rejects,
      Pacer pacer, Progress progress, Clock clock) {
    this.feedName = feedName;
    this.mapper = mapper;
    this.sink = sink;
    this.rejects = rejects;
    this.pacer = pacer;
    this.progress = progress;
    this.clock = clock;
  }

  /** @throws InputFormatException when the file holds no record at all */
  public PublishSummary run(RowReader rows, boolean dryRun) {
    long read = 0;
    long lastLine = 0;
    while (true) {
      Row row;
      try {
        row = rows.next();
      } catch (IOException e) {
        read++;
        rejects.reject(lastLine + 1, List.of("cannot read the rest of the file: " + e.getMessage()));
        break;
      }
      if (row == null) {
        break;
      }
      read++;
      lastLine = row.line();
      handle(row);
      progress.update(read);
    }
    sink.flush();
    if (read == 0) {
      throw new InputFormatException("the file holds no records");
    }
    return new PublishSummary(feedName, read, sink.published(), rejects.count(), dryRun);
  }

  private void handle(Row row) {
    if (!row.readable()) {
      rejects.reject(row.line(), row.errors());
      return;
    }
    MappedRecord mapped = mapper.map(row.value());
    if (!mapped.ok()) {
      rejects.reject(row.line(), mapped.errors());
      return;
    }
    List<String> violations = FeedValidator.violations(mapped.record(), clock);
    if (!violations.isEmpty()) {
      rejects.reject(row.line(), violations);
      return;
    }
    pacer.await();
    sink.send(row.line(), mapped.record());
  }
}
