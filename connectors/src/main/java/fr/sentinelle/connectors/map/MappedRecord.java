package fr.sentinelle.connectors.map;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The outcome of mapping one row: the record, or every problem found (as "field: problem"). */
public record MappedRecord(SpecificRecord record, List<String> errors) {
  public boolean ok() {
    return errors.isEmpty();
  }
}
