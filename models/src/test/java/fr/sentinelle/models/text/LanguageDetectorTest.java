package fr.sentinelle.models.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void detectsClearFrenchSentences() {
    assertEquals("fr", LanguageDetector.detect("Nous avons très bien mangé, le service était rapide et la terrasse agréable."));
    assertEquals("fr", LanguageDetector.detect("J'ai été malade toute la nuit après le repas."));
    assertEquals("fr", LanguageDetector.detect("Intoxication alimentaire après les huîtres, vomissements et fièvre."));
  }

  @Test
  void detectsClearEnglishSentences() {
    assertEquals("en", LanguageDetector.detect("We had a great dinner and the service was quick."));
    assertEquals("en", LanguageDetector.detect("I got food poisoning after eating the oysters here."));
    assertEquals("en", LanguageDetector.detect("Didn't like it, the fries were cold."));
  }

  @Test
  void defaultsToFrenchWithoutEvidence() {
    assertEquals("fr", LanguageDetector.detect(""));
    assertEquals("fr", LanguageDetector.detect(null));
    assertEquals("fr", LanguageDetector.detect("12345 !!!"));
  }

  @Test
  void explicitTagsWinOverDetection() {
    assertEquals("en", LanguageDetector.resolve("EN", "Nous avons très bien mangé."));
    assertEquals("fr", LanguageDetector.resolve("fr-FR", "We had a great dinner."));
    assertEquals("en", LanguageDetector.resolve("de", "We had a great dinner."));
    assertEquals("en", LanguageDetector.resolve(null, "We had a great dinner."));
  }
}
