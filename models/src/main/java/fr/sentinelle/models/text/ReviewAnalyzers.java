package fr.sentinelle.models.text;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene analyzers for review text, one per language. They follow Lucene's French and English
 * analyzers but keep negations ("not sick", "pas malade" must not look like "sick", "malade").
 * Analyzers are built once and shared: Lucene reuses each thread's token stream between calls.
 *
 * <p>Each analyzer is a tokenizer followed by filters that each turn one token into at most one
 * term, looking at nothing but that token. So the analysis is also offered in its two steps,
 * {@link #tokenizer()} then {@link #perToken} on each token alone (the same filter chain behind a
 * tokenizer that passes its whole input as one token): a caller can then memoise each distinct
 * token's analysis, which costs more than the tokenizer.
 */
public final class ReviewAnalyzers {
  private static final Set<String> NEGATIONS = Set.of("no", "not", "ne", "pas", "sans", "aucun", "aucune", "jamais", "plus", "rien");
  private static final Analyzer FRENCH = new French(true, StandardTokenizer::new);
  private static final Analyzer ENGLISH = new English(true, StandardTokenizer::new);
  private static final Analyzer FRENCH_ALL_WORDS = new French(false, StandardTokenizer::new);
  private static final Analyzer ENGLISH_ALL_WORDS = new English(false, StandardTokenizer::new);
  private static final Analyzer TOKENIZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };
  private static final Analyzer FRENCH_TOKEN = new French(true, KeywordTokenizer::new);
  private static final Analyzer ENGLISH_TOKEN = new English(true, KeywordTokenizer::new);
  private static final Analyzer FRENCH_TOKEN_ALL_WORDS = new French(false, KeywordTokenizer::new);
  private static final Analyzer ENGLISH_TOKEN_ALL_WORDS = new English(false, KeywordTokenizer::new);

  private ReviewAnalyzers() {}

  /** The analyzer for "fr" or "en" (anything else gets the English one), with or without stop words. */
  public static Analyzer forLanguage(String language, boolean removeStopWords) {
    boolean french = LanguageDetector.FRENCH.equals(language);
    if (removeStopWords) {
      return french ? FRENCH : ENGLISH;
    }
    return french ? FRENCH_ALL_WORDS : ENGLISH_ALL_WORDS;
  }

  /** The first step of every analyzer here: the tokenizer alone (the same for both languages). */
  public static Analyzer tokenizer() {
    return TOKENIZER;
  }

  /**
   * The second step of {@link #forLanguage}'s analyzer: its filters applied to one token of
   * {@link #tokenizer()} given as the whole input; the terms it gives (none when a stop word is
   * removed) are the ones the full analyzer gives for that token.
   */
  public static Analyzer perToken(String language, boolean removeStopWords) {
    boolean french = LanguageDetector.FRENCH.equals(language);
    if (removeStopWords) {
      return french ? FRENCH_TOKEN : ENGLISH_TOKEN;
    }
    return french ? FRENCH_TOKEN_ALL_WORDS : ENGLISH_TOKEN_ALL_WORDS;
  }

  /** Describes the analysis chain; part of the feature-schema hash, so change it when the chain changes. */
  public static String describe() {
    return "fr=standard,elision,lowercase,[stop(lucene-fr minus negations)],french-light-stem,ascii-folding;"
        + "en=standard,possessive,lowercase,[stop(lucene-en minus negations)],porter-stem,ascii-folding";
  }

  private static CharArraySet withoutNegations(CharArraySet stopWords) {
    CharArraySet kept = new CharArraySet(stopWords.size(), false);
    for (Object word : stopWords) {
      String w = new String((char[]) word);
      if (!NEGATIONS.contains(w)) {
        kept.add(w);
      }
    }
    return CharArraySet.unmodifiableSet(kept);
  }

  private static final class French extends Analyzer {
    private final boolean removeStopWords;
    private final Supplier<Tokenizer> tokenizer;

    French(boolean removeStopWords, Supplier<Tokenizer> tokenizer) {
      this.removeStopWords = removeStopWords;
      this.tokenizer = tokenizer;
    }

    private static final CharArraySet STOP = withoutNegations(FrenchAnalyzer.getDefaultStopSet());
    private static final CharArraySet ELISIONS = new CharArraySet(
        List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.get();
      TokenStream result = new ElisionFilter(source, ELISIONS);
      result = new LowerCaseFilter(result);
      result = removeStopWords ? new StopFilter(result, STOP) : result;
      result = new FrenchLightStemFilter(result);
      result = new ASCIIFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }
  }

  private static final class English extends Analyzer {
    private final boolean removeStopWords;
    private final Supplier<Tokenizer> tokenizer;

    English(boolean removeStopWords, Supplier<Tokenizer> tokenizer) {
      this.removeStopWords = removeStopWords;
      this.tokenizer = tokenizer;
    }

    private static final CharArraySet STOP = withoutNegations(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.get();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new LowerCaseFilter(result);
      result = removeStopWords ? new StopFilter(result, STOP) : result;
      result = new PorterStemFilter(result);
      result = new ASCIIFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }
  }
}
