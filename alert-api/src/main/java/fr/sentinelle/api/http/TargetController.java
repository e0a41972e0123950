package fr.sentinelle.api.http;

import fr.sentinelle.api.access.Roles;
import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.query.BadRequestException;
import fr.sentinelle.api.query.TargetQueries;
import fr.sentinelle.api.view.CaseViews;
import fr.sentinelle.api.view.TargetList;
import fr.sentinelle.api.view.TargetView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.ArrayList;
import java.util.List;

/** Subjects to control first, ranked by current risk (rule in {@link TargetQueries}). */
@Controller("/api/targets")
@Secured({Roles.INSPECTOR, Roles.SUPERVISOR})
@ExecuteOn(TaskExecutors.BLOCKING)
public class TargetController {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final TargetQueries targets;

  public TargetController(TargetQueries targets) {
    this.targets = targets;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  public TargetList rank(Authentication authentication, @Nullable @QueryValue String detector,
      @Nullable @QueryValue String department, @Nullable @QueryValue String limit) {
    Scope scope = Scope.of(authentication);
    String wantedDetector = detector == null || detector.isBlank() ? null : detector.trim();
    String wantedDepartment = department == null || department.isBlank() ? null : department.trim();
    scope.checkFilter(wantedDetector, wantedDepartment);
    TargetQueries.Ranked ranked = targets.rank(scope, wantedDetector, wantedDepartment, parseLimit(limit));
    List<TargetView> items = new ArrayList<>();
    for (var state : ranked.items()) {
      items.add(new TargetView(items.size() + 1, state.caseId, state.detector, state.department,
          CaseViews.subject(state.subject), state.effectiveStatus(ranked.now()).name(), state.severity,
          state.latestScore, state.alertCount, state.lastSeen, state.title));
    }
    return new TargetList(items, ranked.total());
  }

  private static int parseLimit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw new BadRequestException("limit", "limit must be a whole number between 1 and " + MAX_LIMIT + ", got '" + text + "'");
  }
}
