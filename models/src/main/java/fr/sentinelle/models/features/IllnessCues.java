package fr.sentinelle.models.features;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-written cues of a foodborne-illness report, in English and French, counted on the
 * normalised text: symptom terms, illness-onset timing, several people ill, and negated symptoms
 * ("not sick", "pas malade"). Word n-grams see these words one by one; the cues pool the many
 * phrasings of each idea into one feature the model can weigh even when a phrasing is rare.
 */
final class IllnessCues {
  static final String PREFIX = "d:";
  /** How much each cue counts beside the unit-norm n-gram groups (chosen by CV on the NYC training file). */
  static final double WEIGHT = 2.0;

  private static final Pattern SYMPTOM = Pattern.compile("\\b(vomit\\w*|puk\\w*|throw(ing|n)? up|threw up|diarrh\\w*"
      + "|nause\\w*|food poison\\w*|poison\\w*|stomach (ache|pain|cramp|bug|flu)\\w*|cramp\\w*|fever\\w*|upset stomach"
      + "|sick|ill(ness)?|gastro\\w*|intoxication\\w*|vomiss\\w*|malade\\w*|naus[ée]\\w*|mal au ventre|crampe\\w*"
      + "|fi[èe]vre|salmonell\\w*|e\\.? ?coli|bathroom|toilet\\w*|food ?borne)\\b");
  private static final Pattern ONSET = Pattern.compile("\\b(hours? later|an hour later|few hours|later that (night|day|evening)"
      + "|that night|the next (day|morning)|next (day|morning)|the following (day|morning)|overnight|all night"
      + "|within (an|a few|\\d+) hours?|after (eating|our meal|dinner|lunch)|le lendemain|dans la nuit|toute la nuit"
      + "|quelques heures|heures? (plus tard|après)|apr[èe]s (le|ce|notre) repas)\\b");
  private static final Pattern PEOPLE = Pattern.compile("\\b(my (wife|husband|boyfriend|girlfriend|friend|friends|daughter"
      + "|son|kids|family|mom|dad|partner) and i|both of us|all of us|we (both|all) (got|were|felt|became)"
      + "|everyone (who|in|at) |the whole (family|table|party)|toute la famille|tous les (deux|quatre|trois)"
      + "|nous (deux|avons tous))\\b");
  private static final Pattern NEGATED_SYMPTOM = Pattern.compile("\\b(not|no|never|didn't|did not|wasn't|weren't|don't"
      + "|without|pas|jamais|sans|aucun)\\W+(\\w+\\W+){0,2}(sick|ill|food poison\\w*|vomit\\w*|malade\\w*)\\b");

  private IllnessCues() {}

  /** Adds the cues found in {@code normalisedText} to {@code features}: WEIGHT * ln(1 + count) each, WEIGHT for both symptom and onset. */
  static void addTo(String normalisedText, Map<String, Double> features) {
    String text = normalisedText.toLowerCase(Locale.ROOT);
    int symptoms = count(SYMPTOM, text);
    int onset = count(ONSET, text);
    int negated = count(NEGATED_SYMPTOM, text);
    put(features, "symptoms", symptoms);
    put(features, "onset", onset);
    put(features, "people", count(PEOPLE, text));
    put(features, "negated_symptom", negated);
    if (symptoms > negated && onset > 0) {
      features.put(PREFIX + "symptom_and_onset", WEIGHT);
    }
  }

  /** Describes the cues; part of the feature-schema hash, so change it when a pattern changes. */
  static String describe() {
    return "illness-cues-v1(w=" + WEIGHT + "):" + SYMPTOM.pattern().hashCode() + ',' + ONSET.pattern().hashCode() + ','
        + PEOPLE.pattern().hashCode() + ',' + NEGATED_SYMPTOM.pattern().hashCode();
  }

  private static void put(Map<String, Double> features, String cue, int count) {
    if (count > 0) {
      features.put(PREFIX + cue, WEIGHT * Math.log1p(count));
    }
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
