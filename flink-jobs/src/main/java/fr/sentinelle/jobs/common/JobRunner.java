package fr.sentinelle.jobs.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs a job until it ends or the JVM is asked to stop (Ctrl-C, SIGTERM): the shutdown hook cancels
 * the job and waits for it, so sinks flush and the embedded cluster shuts down before the JVM exits.
 * Submitted to a real cluster ({@code flink run}, application mode), the job is handed to Flink's
 * context environment instead, which decides whether to wait (attached) or not (detached), and the
 * JVM, possibly the JobManager's, is never exited.
 */
public final class JobRunner {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private static volatile boolean onCluster;

  private JobRunner() {}

  /** Ends a job's main: exits the JVM with the code when the job ran embedded, never on a cluster. */
  public static void exit(int code) {
    if (!onCluster) {
      System.exit(code);
    }
    if (code != 0) {
      throw new IllegalStateException("the job ended with code " + code);
    }
  }

  /** @return 0 when the job finished or was stopped on request, 1 when it failed */
  public static int runUntilStopped(StreamExecutionEnvironment env, String jobName) throws Exception {
    if (!(env instanceof LocalStreamEnvironment)) {
      onCluster = true;
      env.execute(jobName);
      return 0;
    }
    JobClient client = env.executeAsync(jobName);
    AtomicBoolean stopping = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      stopping.set(true);
      try {
        client.cancel().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        client.getJobExecutionResult().handle((r, e) -> null).get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        System.out.println(jobName + ": stopped");
      } catch (Exception e) {
        System.err.println(jobName + ": could not stop cleanly: " + e);
      }
    }, "stop-" + jobName.replace(' ', '-'));
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      client.getJobExecutionResult().get();
      Runtime.getRuntime().removeShutdownHook(hook);
      return 0;
    } catch (Exception e) {
      if (stopping.get()) {
        return 0;
      }
      Runtime.getRuntime().removeShutdownHook(hook);
      System.err.println(jobName + ": failed: " + rootCause(e));
      return 1;
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
