package fr.sentinelle.benchmarks;

import java.util.List;

/**
 * Hands out the seed texts round-robin, so a benchmark sees the corpus's mix of lengths and
 * languages rather than one text the JIT could specialise on. Not thread-safe: one per JMH thread.
 */
final class TextCycle {
  private final SeedReviews.Text[] texts;
  private int next;

  TextCycle(List<SeedReviews.Text> texts) {
    this.texts = texts.toArray(SeedReviews.Text[]::new);
  }

  SeedReviews.Text next() {
    SeedReviews.Text text = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return text;
  }
}
