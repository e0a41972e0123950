package fr.sentinelle.api.view;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Who the token says the caller is; supervisors see every department of their detectors. */
@Serdeable
public record MeView(String subject, List<String> roles, List<String> departments, List<String> detectors,
    boolean medical) {}
