package fr.sentinelle.models.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void decodesHtmlEntitiesAndCollapsesWhitespace() {
    assertEquals("I didn't \"love\" it & left", TextNormalizer.normalize("I didn&#39;t &quot;love&quot; it &amp;\n\n left"));
    assertEquals("café é", TextNormalizer.normalize("caf&eacute; &#xE9;"));
  }

  @Test
  void leavesUnknownOrInvalidEntitiesAlone() {
    assertEquals("&bogus; &#99999999;", TextNormalizer.normalize("&bogus; &#99999999;"));
    assertEquals("", TextNormalizer.normalize(null));
  }
}
