package fr.sentinelle.jobs.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoredReviewTest {
  private static final String PIECES = "ab é\t\n\r\f\u000B  \u00A0x.🙂";

  @Test
  void excerptsEqualCollapsingEveryWhitespaceRunWithARegexThenCutting() {
    Random random = new Random(42);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(900);
      for (int i = 0; i < length; i++) {
        text.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
      assertEquals(byRegex(text.toString()), ScoredReview.excerpt(text.toString()), "text #" + n);
    }
  }

  /** The excerpt as it was first written: the whole text flattened by a regex, then cut. */
  private static String byRegex(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    int max = ScoredReview.MAX_EXCERPT_CHARS;
    if (flat.length() <= max) {
      return flat;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(flat.charAt(end))) {
      end--;
    }
    int space = flat.lastIndexOf(' ', end);
    if (space > max * 2 / 3) {
      end = space;
    }
    return flat.substring(0, end).stripTrailing() + "…";
  }
}
