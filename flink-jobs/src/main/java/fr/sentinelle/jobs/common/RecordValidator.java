package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.validate.FeedValidator;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * The rules a decoded record must pass, as "field: problem" messages (empty when valid). The
 * default is {@link FeedValidator}, the same rules the publish command applies, so a publisher and
 * a job never disagree on what is valid.
 */
@FunctionalInterface
public interface RecordValidator<T extends SpecificRecord> extends Serializable {

  List<String> violations(T record, Instant now);

  static <T extends SpecificRecord> RecordValidator<T> feedRules() {
    return FeedValidator::violations;
  }
}
