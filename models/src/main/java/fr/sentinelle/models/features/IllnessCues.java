package fr.sentinelle.models.features;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hand-written cues of a foodborne-illness report, in English and French, counted on the
 * normalised, lower-cased text: symptom terms, illness-onset timing, several people ill, and negated symptoms
 * ("not sick", "pas malade"). Word n-grams see these words one by one; the cues pool the many
 * phrasings of each idea into one feature the model can weigh even when a phrasing is rare.
 *
 * <p>Counting is {@code Matcher.find()}'s count, only faster: a match can only start at a possible
 * word boundary followed by one of its pattern's possible prefixes, so the four matchers are tried
 * at those places alone, found in one pass over the text ({@link CueScanner}).
 */
final class IllnessCues {
  static final String PREFIX = "d:";
  /** How much each cue counts beside the unit-norm n-gram groups (chosen by CV on the NYC training file). */
  static final double WEIGHT = 2.0;

  static final Pattern SYMPTOM = Pattern.compile("\\b(vomit\\w*|puk\\w*|throw(ing|n)? up|threw up|diarrh\\w*"
      + "|nause\\w*|food poison\\w*|poison\\w*|stomach (ache|pain|cramp|bug|flu)\\w*|cramp\\w*|fever\\w*|upset stomach"
      + "|sick|ill(ness)?|gastro\\w*|intoxication\\w*|vomiss\\w*|malade\\w*|naus[ée]\\w*|mal au ventre|crampe\\w*"
      + "|fi[èe]vre|salmonell\\w*|e\\.? ?coli|bathroom|toilet\\w*|food ?borne)\\b");
  static final Pattern ONSET = Pattern.compile("\\b(hours? later|an hour later|few hours|later that (night|day|evening)"
      + "|that night|the next (day|morning)|next (day|morning)|the following (day|morning)|overnight|all night"
      + "|within (an|a few|\\d+) hours?|after (eating|our meal|dinner|lunch)|le lendemain|dans la nuit|toute la nuit"
      + "|quelques heures|heures? (plus tard|après)|apr[èe]s (le|ce|notre) repas)\\b");
  static final Pattern PEOPLE = Pattern.compile("\\b(my (wife|husband|boyfriend|girlfriend|friend|friends|daughter"
      + "|son|kids|family|mom|dad|partner) and i|both of us|all of us|we (both|all) (got|were|felt|became)"
      + "|everyone (who|in|at) |the whole (family|table|party)|toute la famille|tous les (deux|quatre|trois)"
      + "|nous (deux|avons tous))\\b");
  static final Pattern NEGATED_SYMPTOM = Pattern.compile("\\b(not|no|never|didn't|did not|wasn't|weren't|don't"
      + "|without|pas|jamais|sans|aucun)\\W+(\\w+\\W+){0,2}(sick|ill|food poison\\w*|vomit\\w*|malade\\w*)\\b");

  /** The four patterns counted in one pass over the text. */
  static final CueScanner SCANNER = new CueScanner(
      new CuePattern(SYMPTOM), new CuePattern(ONSET), new CuePattern(PEOPLE), new CuePattern(NEGATED_SYMPTOM));
  private static final String[] NAMES = {PREFIX + "symptoms", PREFIX + "onset", PREFIX + "people", PREFIX + "negated_symptom"};
  private static final String SYMPTOM_AND_ONSET = PREFIX + "symptom_and_onset";
  /** One scan per thread: a Matcher is not thread-safe, and making four per text costs more than the matching. */
  private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

  private IllnessCues() {}

  /** Gives {@code sink} the cues found in {@code normalisedText}: WEIGHT * ln(1 + count) each, WEIGHT for both symptom and onset. */
  static void addTo(String normalisedText, FeatureName name, FeatureSink sink) {
    Work work = WORK.get();
    int[] counts = work.counts;
    SCANNER.count(normalisedText.toLowerCase(Locale.ROOT), work.scan, counts);
    for (int i = 0; i < NAMES.length; i++) {
      if (counts[i] > 0) {
        sink.add(name.set(NAMES[i]), WEIGHT * Math.log1p(counts[i]));
      }
    }
    int symptoms = counts[0];
    int onset = counts[1];
    int negated = counts[3];
    if (symptoms > negated && onset > 0) {
      sink.add(name.set(SYMPTOM_AND_ONSET), WEIGHT);
    }
  }

  /** Describes the cues; part of the feature-schema hash, so change it when a pattern changes. */
  static String describe() {
    return "illness-cues-v1(w=" + WEIGHT + "):" + SYMPTOM.pattern().hashCode() + ',' + ONSET.pattern().hashCode() + ','
        + PEOPLE.pattern().hashCode() + ',' + NEGATED_SYMPTOM.pattern().hashCode();
  }

  /** One thread's matchers and buffers. */
  private static final class Work {
    final CueScan scan = SCANNER.newScan();
    final int[] counts = new int[NAMES.length];
  }
}
