package fr.sentinelle.models.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventSegmenterTest {
  private static final long MINUTE = 60_000;

  @Test
  void oneEventOpensOnTheSecondFlaggedMinuteInARowDatedFromTheFirstAndClosesAfterTheQuietMinutes() {
    EventSegmenter segmenter = new EventSegmenter(new EventRule(0.5, 1.0, 3, 0));
    StationMemory m = new StationMemory();
    double[] p = {0.1, 0.6, 0.2, 0.7, 0.8, 0.1, 0.1, 0.1, 0.1};
    EventStep.Transition[] expected = {EventStep.Transition.NONE, EventStep.Transition.NONE, EventStep.Transition.NONE,
        EventStep.Transition.NONE, EventStep.Transition.OPENED, EventStep.Transition.NONE, EventStep.Transition.NONE,
        EventStep.Transition.CLOSED, EventStep.Transition.NONE};
    for (int t = 0; t < p.length; t++) {
      EventStep step = segmenter.step(m, t * MINUTE, p[t], 0);
      assertEquals(expected[t], step.transition(), "minute " + t);
      if (step.transition() == EventStep.Transition.CLOSED) {
        assertEquals(3 * MINUTE, step.openedAt(), "the lone flagged minute 1 opened nothing");
        assertEquals(4 * MINUTE, step.lastFlaggedAt());
        assertEquals(0.8 / 0.5, step.peak(), 1e-12);
      }
    }
    assertFalse(m.open);
  }

  @Test
  void noveltyOpensAnEventTheModelDoesNotSee() {
    Replay r = Replay.segment(new long[] {0, MINUTE, 2 * MINUTE}, new boolean[3], new double[] {0, 0, 0},
        new double[] {1, 5, 6}, new EventRule(0.5, 1.0, 5, 4));
    assertEquals(List.of(new Span(MINUTE, 2 * MINUTE)), r.events());
    assertEquals(List.of(false, false, true), List.of(r.flagged()[0], r.flagged()[1], r.flagged()[2]));
  }

  @Test
  void smoothingDelaysASingleSpike() {
    Replay r = Replay.segment(new long[] {0, MINUTE, 2 * MINUTE}, new boolean[3], new double[] {0, 0.9, 0},
        new double[3], new EventRule(0.5, 0.5, 5, 0));
    assertEquals(List.of(), r.events());
  }

  @Test
  void rejectsNonsenseRules() {
    assertThrows(IllegalArgumentException.class, () -> new EventRule(0.5, 0, 5, 0));
    assertThrows(IllegalArgumentException.class, () -> new EventRule(0.5, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new EventRule(0, 1, 5, 0));
  }
}
