package fr.sentinelle.api.http;

import fr.sentinelle.api.access.ForbiddenException;
import fr.sentinelle.api.access.Roles;
import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.actions.ActionPublisher;
import fr.sentinelle.api.actions.ActionValidation;
import fr.sentinelle.api.cases.ActionType;
import fr.sentinelle.api.cases.CaseAction;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.cases.CaseStatus;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.query.CaseFilter;
import fr.sentinelle.api.query.CaseQueries;
import fr.sentinelle.api.query.PageRequest;
import fr.sentinelle.api.view.ActionAccepted;
import fr.sentinelle.api.view.ActionRequest;
import fr.sentinelle.api.view.CasePage;
import fr.sentinelle.api.view.CaseView;
import fr.sentinelle.api.view.CaseViews;
import fr.sentinelle.api.view.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.Set;

/** Cases: list and search, one case with its history, and the inspectors' actions on it. */
@Controller("/api/cases")
@Secured({Roles.INSPECTOR, Roles.SUPERVISOR})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaseController {
  /** What a resolved case still accepts; the rest waits for its next alert to re-open it. */
  static final Set<ActionType> ON_RESOLVED = Set.of(ActionType.NOTE, ActionType.SILENCE);

  private final CaseQueries queries;
  private final ActionPublisher publisher;
  private final AlertMetrics metrics;

  public CaseController(CaseQueries queries, ActionPublisher publisher, AlertMetrics metrics) {
    this.queries = queries;
    this.publisher = publisher;
    this.metrics = metrics;
  }

  /**
   * Most recent activity first. {@code q} searches alert titles, evidence and subject names and
   * addresses (every word must appear; French stemming); it is never read as query syntax.
   */
  @Get(produces = MediaType.APPLICATION_JSON)
  public CasePage list(Authentication authentication, @Nullable @QueryValue String detector,
      @Nullable @QueryValue String department, @Nullable @QueryValue String severity,
      @Nullable @QueryValue String status, @Nullable @QueryValue String since,
      @Nullable @QueryValue String until, @Nullable @QueryValue String q,
      @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
    Scope scope = Scope.of(authentication);
    CaseFilter filter = CaseFilter.parse(detector, department, severity, status, since, until, q);
    scope.checkFilter(filter.detector(), filter.department());
    PageRequest request = PageRequest.parse(page, size);
    CaseQueries.Page result = queries.find(scope, filter, request);
    Instant now = queries.now();
    return new CasePage(CaseViews.of(result.items(), queries::alert, now), request.page(), request.size(),
        result.total());
  }

  /** An unknown id and an id outside the scope get the same 403. */
  @Get(uri = "/{caseId}", produces = MediaType.APPLICATION_JSON)
  public CaseView one(Authentication authentication, @PathVariable String caseId) {
    CaseState state = queries.byId(Scope.of(authentication), caseId).orElseThrow(ForbiddenException::new);
    return CaseViews.of(state, queries.alert(state.latestAlertId), queries.now(), queries.history(caseId));
  }

  @Post(uri = "/{caseId}/actions", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  public HttpResponse<?> act(Authentication authentication, @PathVariable String caseId,
      @Nullable @Body ActionRequest request) {
    Scope scope = Scope.of(authentication);
    CaseState state = queries.byId(scope, caseId).orElseThrow(ForbiddenException::new);
    CaseAction action = ActionValidation.command(caseId, request, scope.subject(), queries.now());
    if (state.effectiveStatus(queries.now()) == CaseStatus.RESOLVED && !ON_RESOLVED.contains(action.kind())) {
      return HttpResponse.status(HttpStatus.CONFLICT).body(new ErrorBody("conflict",
          "case is resolved: only note and silence apply until its next alert re-opens it"));
    }
    publisher.publish(action);
    metrics.action(action.type());
    return HttpResponse.accepted().body(new ActionAccepted(action.actionId()));
  }
}
