package fr.sentinelle.api.search;

import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.Evidence;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of every stored alert version: title, subject name, address and id,
 * evidence excerpts and labels, analysed in French. Fed by the stream thread as alerts are folded,
 * rebuilt from the alert store when the stream task starts; searched by the API.
 *
 * <p>The writes run on a thread of their own, in the order given: analysing an alert's excerpts
 * was a quarter of the stream thread's work per alert, on the path of every live alert. A search
 * first waits for the writes handed over before it, so it sees every alert folded before it, as
 * when the stream thread indexed them itself.
 */
@Singleton
public class TextIndex implements AutoCloseable {
  static final String ALERT_ID = "alertId";
  static final String CASE_ID = "caseId";
  static final String TEXT = "text";

  /** Writes waiting beyond this block the stream thread: the index never falls unboundedly behind. */
  private static final int MAX_PENDING_WRITES = 10_000;

  private final Analyzer analyzer = new FrenchAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SerialWrites writes = new SerialWrites("text-index", MAX_PENDING_WRITES);

  public TextIndex() {
    try {
      writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the alert, or replaces its earlier version. */
  public void put(Alert alert) {
    Document doc = new Document();
    doc.add(new StringField(ALERT_ID, alert.getAlertId(), Field.Store.YES));
    doc.add(new StringField(CASE_ID, CaseIds.of(alert), Field.Store.YES));
    doc.add(new TextField(TEXT, text(alert), Field.Store.NO));
    Term id = new Term(ALERT_ID, alert.getAlertId());
    // In memory, a write fails only if the writer is closed or broken; the alert stays in the store.
    writes.submit("index alert " + alert.getAlertId(), () -> writer.updateDocument(id, doc));
  }

  public void clear() {
    writes.submit("clear the index", writer::deleteAll);
  }

  /** Ids of the alerts whose text holds every word of {@code userText}. */
  public Set<String> matchingAlerts(String userText) {
    return search(userText, ALERT_ID);
  }

  /** Ids of the cases with at least one alert whose text holds every word of {@code userText}. */
  public Set<String> matchingCases(String userText) {
    return search(userText, CASE_ID);
  }

  /** Whether one alert's text holds every word of {@code userText} (for live subscribers, without the index). */
  public boolean matches(Alert alert, String userText) {
    Set<String> wanted = UserQuery.terms(analyzer, TEXT, userText);
    return !wanted.isEmpty() && UserQuery.terms(analyzer, TEXT, text(alert)).containsAll(wanted);
  }

  private Set<String> search(String userText, String idField) {
    Query query = UserQuery.allWords(analyzer, TEXT, userText);
    Set<String> ids = new HashSet<>();
    if (query == null) {
      return ids;
    }
    writes.await();
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
          ids.add(stored.document(hit.doc).get(idField));
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  private static String text(Alert alert) {
    StringJoiner text = new StringJoiner("\n");
    text.add(alert.getTitle());
    text.add(alert.getSubject().getId());
    if (alert.getSubject().getName() != null) {
      text.add(alert.getSubject().getName());
    }
    if (alert.getSubject().getAddress() != null) {
      text.add(alert.getSubject().getAddress());
    }
    for (Evidence evidence : alert.getEvidence()) {
      if (evidence.getExcerpt() != null) {
        text.add(evidence.getExcerpt());
      }
      if (evidence.getLabel() != null) {
        text.add(evidence.getLabel());
      }
    }
    return text.toString();
  }

  @Override
  @PreDestroy
  public void close() throws IOException {
    writes.close();
    searchers.close();
    writer.close();
  }
}
