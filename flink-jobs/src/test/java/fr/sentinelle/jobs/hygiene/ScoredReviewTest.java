package fr.sentinelle.jobs.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoredReviewTest {
  private static final String PIECES = "ab é\t\n\r\f\u000B  \u00A0x.🙂";

  @Test
  void flatteningStopsAtTheLimitButOtherwiseCollapsesWhitespaceRunsLikeTheRegex() {
    Random random = new Random(42);
    int limit = ScoredReview.MAX_EXCERPT_CHARS + 1;
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(900);
      for (int i = 0; i < length; i++) {
        text.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
      String byRegex = text.toString().replaceAll("\\s+", " ");
      assertEquals(byRegex.substring(0, Math.min(limit, byRegex.length())),
          ScoredReview.flattened(text.toString(), limit), "text #" + n);
    }
  }
}
