package fr.sentinelle.stack.faults;

import java.time.Duration;
import java.time.Instant;

/** Progress of a fault run on stderr (stdout carries only the JSON report), with the time since start. */
final class Progress {
  private static final Instant START = Instant.now();

  private Progress() {}

  static void say(String message) {
    long seconds = Duration.between(START, Instant.now()).toSeconds();
    System.err.printf("[faults %4d s] %s%n", seconds, message);
  }
}
