package fr.sentinelle.benchmarks.e2e;

import java.util.List;

/** The JSON report of {@code ./sentinelle bench}: settings, machine before and after, one entry per job. */
public record PipelineReport(String benchmark, String startedAt, String finishedAt, MachineInfo before,
    MachineInfo after, BenchSettings settings, List<JobReport> jobs, List<String> notes) {
  public static final String NAME = "sentinelle-pipeline";
}
