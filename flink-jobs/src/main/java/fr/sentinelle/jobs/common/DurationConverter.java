package fr.sentinelle.jobs.common;

import java.time.Duration;
import org.apache.flink.util.TimeUtils;
import picocli.CommandLine.ITypeConverter;

/** Reads durations as Flink writes them ("30d", "1h", "90s", "500ms") or in ISO-8601 ("PT1H"). */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return value.startsWith("P") || value.startsWith("p") ? Duration.parse(value) : TimeUtils.parseDuration(value);
  }
}
