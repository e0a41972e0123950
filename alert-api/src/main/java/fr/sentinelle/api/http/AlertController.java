package fr.sentinelle.api.http;

import fr.sentinelle.api.query.AlertFilter;
import fr.sentinelle.api.query.AlertQueries;
import fr.sentinelle.api.query.PageRequest;
import fr.sentinelle.api.view.AlertPage;
import fr.sentinelle.api.view.AlertViews;
import fr.sentinelle.api.view.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Alert list and single alert, read from the Kafka Streams store. */
@Controller("/api/alerts")
@ExecuteOn(TaskExecutors.BLOCKING) // store scans read RocksDB: keep them off the event loop
public class AlertController {
  private final AlertQueries queries;

  public AlertController(AlertQueries queries) {
    this.queries = queries;
  }

  /** Filters are optional; parameters are strings so a bad value gets our own clear 400. */
  @Get(produces = MediaType.APPLICATION_JSON)
  public AlertPage list(@Nullable @QueryValue String detector, @Nullable @QueryValue String department,
      @Nullable @QueryValue String since, @Nullable @QueryValue String page,
      @Nullable @QueryValue String size) {
    AlertFilter filter = AlertFilter.parse(detector, department, since);
    PageRequest request = PageRequest.parse(page, size);
    AlertQueries.Page result = queries.find(filter, request);
    return new AlertPage(AlertViews.of(result.items()), request.page(), request.size(), result.total());
  }

  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  public HttpResponse<?> one(@PathVariable String id) {
    return queries.byId(id)
        .<HttpResponse<?>>map(alert -> HttpResponse.ok(AlertViews.of(alert)))
        .orElseGet(() -> HttpResponse.notFound(new ErrorBody("not_found", "no alert with id '" + id + "'")));
  }
}
