package fr.sentinelle.stack.faults;

import java.util.Collection;

/**
 * What identifies an alert version when comparing what the inspector sees with what was expected:
 * its status and the reviews it quotes, e.g. {@code OPEN [x-e0-r0, x-e0-r1, x-e0-r2]}.
 */
final class AlertKey {
  private AlertKey() {}

  static String of(String status, Collection<String> quotedReviews) {
    return status + " " + quotedReviews.stream().sorted().toList();
  }
}
