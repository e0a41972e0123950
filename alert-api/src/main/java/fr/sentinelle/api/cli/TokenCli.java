package fr.sentinelle.api.cli;

import fr.sentinelle.api.access.Roles;
import fr.sentinelle.api.config.SecuritySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./sentinelle token --role inspector --departments 75,13 --detectors restaurant-hygiene --subject alice}:
 * prints a signed token, and only it, on stdout.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Mints an access token for the alert service, signed with this installation's key.")
public final class TokenCli implements Callable<Integer> {
  @Option(names = "--role", required = true, description = "inspector, supervisor, operator or integrator")
  String role;

  @Option(names = "--subject", required = true, description = "who the token is for (user name)")
  String subject;

  @Option(names = "--departments", split = ",", description = "department codes, e.g. 75,13; * for all")
  List<String> departments = List.of();

  @Option(names = "--detectors", split = ",", description = "detector names, e.g. restaurant-hygiene; * for all")
  List<String> detectors = List.of();

  @Option(names = "--medical", description = "may see medical-reports cases (with that detector listed)")
  boolean medical;

  @Option(names = "--ttl", defaultValue = "8h", description = "lifetime, e.g. 30m, 8h, 7d (default: ${DEFAULT-VALUE})")
  String ttl;

  @Option(names = "--key-file", defaultValue = SecuritySettings.DEFAULT_KEY_FILE,
      description = "signing key, created if missing (default: ${DEFAULT-VALUE})")
  Path keyFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Roles.ALL.contains(role)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--role must be one of " + Roles.ALL + ", got '" + role + "'");
    }
    Duration lifetime = parseTtl(ttl);
    spec.commandLine().getOut().println(Tokens.mint(keyFile,
        new Tokens.Grant(subject, role, departments, detectors, medical, lifetime)));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private Duration parseTtl(String text) {
    try {
      if (text.matches("\\d+[smhd]")) {
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        Duration lifetime = switch (text.charAt(text.length() - 1)) {
          case 's' -> Duration.ofSeconds(amount);
          case 'm' -> Duration.ofMinutes(amount);
          case 'h' -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
        if (!lifetime.isZero()) {
          return lifetime;
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--ttl must be a positive number followed by s, m, h or d (e.g. 8h), got '" + text + "'");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TokenCli()).execute(args));
  }
}
