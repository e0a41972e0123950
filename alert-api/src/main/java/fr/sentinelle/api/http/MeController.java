package fr.sentinelle.api.http;

import fr.sentinelle.api.access.Scope;
import fr.sentinelle.api.view.MeView;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** Who the caller is, as his token says: any valid token may ask (it reveals only its own claims). */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MeController {
  @Get(produces = MediaType.APPLICATION_JSON)
  public MeView me(Authentication authentication) {
    Scope scope = Scope.of(authentication);
    return new MeView(scope.subject(), scope.sortedRoles(), List.copyOf(scope.departments()),
        List.copyOf(scope.detectors()), scope.medical());
  }
}
