package fr.sentinelle.models.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The records of one labelled file and its identity, recorded in every model's provenance.
 *
 * @param source the file read
 * @param sha256 the SHA-256 of the file's bytes as stored (compressed if it is gzipped)
 * @param records the records, in file order
 */
public record LabelledData(Path source, String sha256, List<LabelledText> records) {
  public long positives() {
    return records.stream().filter(LabelledText::positive).count();
  }
}
