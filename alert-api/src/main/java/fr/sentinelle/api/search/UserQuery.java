package fr.sentinelle.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a query of plain terms: the text goes through the index's analyzer
 * and every term must match. Never parsed as Lucene syntax, so quotes, wildcards, field names or
 * operators in the input are just characters.
 */
final class UserQuery {
  static final int MAX_TERMS = 32;

  private UserQuery() {}

  /** The analysed terms of a text. */
  static java.util.Set<String> terms(Analyzer analyzer, String field, String text) {
    java.util.Set<String> terms = new java.util.HashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Null when the text has no searchable word (only stop words or punctuation). */
  static Query allWords(Analyzer analyzer, String field, String userText) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int terms = 0;
    try (TokenStream tokens = analyzer.tokenStream(field, userText)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms < MAX_TERMS) {
        query.add(new TermQuery(new Term(field, term.toString())), BooleanClause.Occur.MUST);
        terms++;
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms == 0 ? null : query.build();
  }
}
