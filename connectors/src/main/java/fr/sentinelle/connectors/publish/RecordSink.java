package fr.sentinelle.connectors.publish;

import org.apache.avro.specific.SpecificRecord;

/** Where valid records go: Kafka, or nowhere in a dry run. */
public interface RecordSink extends AutoCloseable {
  /** Sends one record; a failure is reported later to the reject log with this line number. */
  void send(long line, SpecificRecord record);

  /** Waits until every record sent is acknowledged or failed. */
  void flush();

  /** Records acknowledged so far. */
  long published();

  @Override
  void close();
}
