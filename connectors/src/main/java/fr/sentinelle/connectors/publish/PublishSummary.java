package fr.sentinelle.connectors.publish;

/** What one publish run did; {@code published} counts acknowledged records (valid ones in a dry run). */
public record PublishSummary(String feed, long read, long published, long rejected, boolean dryRun) {
  /** 0 when every record read was published, 1 when some were rejected. */
  public int exitCode() {
    return rejected == 0 && published == read ? 0 : 1;
  }

  /** The one line a run ends with. */
  public String line() {
    return dryRun
        ? feed + ": read " + read + ", valid " + published + " (dry run, nothing published), rejected " + rejected
        : feed + ": read " + read + ", published " + published + ", rejected " + rejected;
  }
}
