package fr.sentinelle.api.access;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** A token without an expiry is refused: Micronaut checks exp only when present. */
@Singleton
public class ExpiryRequired implements GenericJwtClaimsValidator<Object> {
  @Override
  public boolean validate(Claims claims, Object request) {
    return claims.get(Claims.EXPIRATION_TIME) != null;
  }
}
