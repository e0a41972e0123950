package fr.sentinelle.api.http;

import fr.sentinelle.api.access.ForbiddenException;
import fr.sentinelle.api.access.Roles;
import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.query.AlertFilter;
import fr.sentinelle.api.query.AlertQueries;
import fr.sentinelle.api.query.PageRequest;
import fr.sentinelle.api.view.AlertPage;
import fr.sentinelle.api.view.AlertView;
import fr.sentinelle.api.view.AlertViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

/** Alert list and single alert, read from the Kafka Streams store, within the caller's scope. */
@Controller("/api/alerts")
@Secured({Roles.INSPECTOR, Roles.SUPERVISOR})
@ExecuteOn(TaskExecutors.BLOCKING) // store scans read RocksDB: keep them off the event loop
public class AlertController {
  private final AlertQueries queries;

  public AlertController(AlertQueries queries) {
    this.queries = queries;
  }

  /**
   * Filters are optional; parameters are strings so a bad value gets our own clear 400. A detector
   * or department outside the caller's scope is a 403; {@code total} counts in-scope alerts only.
   */
  @Get(produces = MediaType.APPLICATION_JSON)
  public AlertPage list(Authentication authentication, @Nullable @QueryValue String detector,
      @Nullable @QueryValue String department, @Nullable @QueryValue String severity,
      @Nullable @QueryValue String status, @Nullable @QueryValue String since,
      @Nullable @QueryValue String until, @Nullable @QueryValue String q,
      @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
    Scope scope = Scope.of(authentication);
    AlertFilter filter = AlertFilter.parse(detector, department, severity, status, since, until, q);
    scope.checkFilter(filter.detector(), filter.department());
    PageRequest request = PageRequest.parse(page, size);
    AlertQueries.Page result = queries.find(scope, filter, request);
    return new AlertPage(AlertViews.of(result.items()), request.page(), request.size(), result.total());
  }

  /** An unknown id and an id outside the scope get the same 403. */
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  public AlertView one(Authentication authentication, @PathVariable String id) {
    return queries.byId(Scope.of(authentication), id).map(AlertViews::of).orElseThrow(ForbiddenException::new);
  }
}
