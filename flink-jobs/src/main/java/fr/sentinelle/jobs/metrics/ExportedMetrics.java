package fr.sentinelle.jobs.metrics;

import fr.sentinelle.jobs.common.DetectorMetrics;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact names under which Flink's Prometheus reporter exports the metrics dashboards and rules
 * rely on: Sentinelle's own ({@link DetectorMetrics}) and Flink's. The reporter prefixes a metric
 * with its group scope ({@code flink_taskmanager_job_task_operator_}, then the key of every
 * key/value group), and turns group values and scope variables (job_name, operator_name,
 * subtask_index, ...) into labels. Prometheus renames Sentinelle's back to the conventional names
 * with {@link #RENAME_REGEX} (monitoring's scrape config), e.g. {@code sentinelle_events_total}.
 * HygieneMetricsITCase checks every name here against a live scrape.
 */
public final class ExportedMetrics {
  private static final String OPERATOR = "flink_taskmanager_job_task_operator_";

  /** Gauge (a Flink counter) {detector,outcome,reason}: records by outcome, rejections by reason. */
  public static final String EVENTS = OPERATOR + "detector_outcome_reason_" + DetectorMetrics.EVENTS;
  /** Gauge (a Flink counter) {detector,severity}: alerts raised (opened or updated). */
  public static final String ALERTS = OPERATOR + "detector_severity_" + DetectorMetrics.ALERTS;
  /** Gauge {detector,model_version}, always 1. */
  public static final String MODEL_INFO = OPERATOR + "detector_model_version_" + DetectorMetrics.MODEL_INFO;
  /** Summary {detector,quantile} in seconds, over the newest scorings of each subtask. */
  public static final String SCORING_DURATION = OPERATOR + "detector_" + DetectorMetrics.SCORING_DURATION;
  public static final String SCORING_DURATION_COUNT = SCORING_DURATION + "_count";

  /** Flink's own, per job (labels job_id, job_name). */
  public static final String RESTARTS = "flink_jobmanager_job_numRestarts";
  public static final String COMPLETED_CHECKPOINTS = "flink_jobmanager_job_numberOfCompletedCheckpoints";
  public static final String FAILED_CHECKPOINTS = "flink_jobmanager_job_numberOfFailedCheckpoints";
  public static final String LAST_CHECKPOINT_DURATION = "flink_jobmanager_job_lastCheckpointDuration";
  public static final String LAST_CHECKPOINT_SIZE = "flink_jobmanager_job_lastCheckpointSize";
  /** Epoch milliseconds of the newest completed checkpoint. */
  public static final String LAST_CHECKPOINT_COMPLETED = "flink_jobmanager_job_lastCheckpointCompletedTimestamp";
  public static final String RUNNING_JOBS = "flink_jobmanager_numRunningJobs";
  public static final String TASK_MANAGERS = "flink_jobmanager_numRegisteredTaskManagers";
  public static final String TASK_MANAGER_HEAP_USED = "flink_taskmanager_Status_JVM_Memory_Heap_Used";
  /** Flink's own, per task (labels job_name, task_name, subtask_index, ...). */
  public static final String RECORDS_IN = "flink_taskmanager_job_task_numRecordsIn";
  public static final String RECORDS_OUT = "flink_taskmanager_job_task_numRecordsOut";
  public static final String BACK_PRESSURED_MS_PER_SECOND = "flink_taskmanager_job_task_backPressuredTimeMsPerSecond";
  public static final String BUSY_MS_PER_SECOND = "flink_taskmanager_job_task_busyTimeMsPerSecond";
  /** Kafka source: records not yet read, per source subtask (the consumer lag). */
  public static final String PENDING_RECORDS = OPERATOR + "pendingRecords";
  /** Kafka consumer inside the source: the largest lag over its partitions. */
  public static final String KAFKA_RECORDS_LAG_MAX = OPERATOR + "KafkaSourceReader_KafkaConsumer_records_lag_max";

  /** Prometheus regex (RE2, same meaning in Java) from an exported Sentinelle name to its conventional name ($1). */
  public static final String RENAME_REGEX = OPERATOR + "(?:[a-z_]+_)?(sentinelle_[a-z_]+)";
  private static final Pattern RENAME = Pattern.compile(RENAME_REGEX);

  private ExportedMetrics() {}

  public static List<String> all() {
    return List.of(EVENTS, ALERTS, MODEL_INFO, SCORING_DURATION, SCORING_DURATION_COUNT, RESTARTS,
        COMPLETED_CHECKPOINTS, FAILED_CHECKPOINTS, LAST_CHECKPOINT_DURATION, LAST_CHECKPOINT_SIZE, LAST_CHECKPOINT_COMPLETED,
        RUNNING_JOBS,
        TASK_MANAGERS, TASK_MANAGER_HEAP_USED, RECORDS_IN, RECORDS_OUT, BACK_PRESSURED_MS_PER_SECOND,
        BUSY_MS_PER_SECOND, PENDING_RECORDS, KAFKA_RECORDS_LAG_MAX);
  }

  /** The name Prometheus stores an exported metric under, after the scrape config's rename. */
  public static String storedName(String exported) {
    Matcher m = RENAME.matcher(exported);
    return m.matches() ? m.group(1) : exported;
  }

  /** Every name as Prometheus stores it: the dashboards and rules may use exactly these. */
  public static List<String> storedNames() {
    return all().stream().map(ExportedMetrics::storedName).toList();
  }
}
