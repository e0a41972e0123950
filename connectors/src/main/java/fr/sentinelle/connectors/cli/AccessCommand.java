package fr.sentinelle.connectors.cli;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.connectors.access.KafkaAccess;
import fr.sentinelle.connectors.access.KafkaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code access grant|revoke|show}: Kafka users and their ACLs on a broker that authenticates clients
 * (SASL/SCRAM). Run with --kafka-properties of the admin user.
 */
@Command(name = "access", mixinStandardHelpOptions = true,
    description = "Manage Kafka users and ACLs (SASL/SCRAM brokers): integrators write only their own feeds.",
    subcommands = {AccessCommand.Grant.class, AccessCommand.Revoke.class, AccessCommand.Show.class})
final class AccessCommand {

  @Command(name = "grant", mixinStandardHelpOptions = true,
      description = "Create or update a user's password and give it its role's ACLs.")
  static final class Grant implements Callable<Integer> {
    @Option(names = "--user", required = true, paramLabel = "NAME") String user;
    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "integrator, detector-job or alert-service") String role;
    @Option(names = "--feed", paramLabel = "FEED",
        description = "a feed the integrator publishes or the job reads (repeatable): reviews, water, …")
    List<String> feeds = new ArrayList<>();
    @Option(names = "--password-file", required = true, paramLabel = "FILE",
        description = "file whose first line is the user's password (never on the command line: ps shows it)")
    Path passwordFile;
    @Mixin BrokerOption broker;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      KafkaRole kafkaRole = role(spec, role);
      List<Feed> feedList = new ArrayList<>();
      for (String name : feeds) {
        try {
          feedList.add(Feed.byName(name));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      if (kafkaRole != KafkaRole.ALERT_SERVICE && feedList.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--feed is required for role " + role);
      }
      String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
      if (password.length() < 12) {
        throw new ParameterException(spec.commandLine(), "the password in " + passwordFile + " is shorter than 12 characters");
      }
      return run(spec, broker, access -> {
        int count = access.grant(user, password, kafkaRole, feedList);
        spec.commandLine().getOut().println("granted " + user + " (" + role + "): " + count + " ACLs");
      });
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Remove a user's password and ACLs.")
  static final class Revoke implements Callable<Integer> {
    @Option(names = "--user", required = true, paramLabel = "NAME") String user;
    @Mixin BrokerOption broker;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return run(spec, broker, access -> {
        access.revoke(user);
        spec.commandLine().getOut().println("revoked " + user);
      });
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a user's ACLs.")
  static final class Show implements Callable<Integer> {
    @Option(names = "--user", required = true, paramLabel = "NAME") String user;
    @Mixin BrokerOption broker;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return run(spec, broker, access -> access.describe(user).forEach(spec.commandLine().getOut()::println));
    }
  }

  static KafkaRole role(CommandSpec spec, String name) {
    try {
      return KafkaRole.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown role '" + name
          + "'; known: integrator, detector-job, alert-service");
    }
  }

  private interface AccessAction {
    void run(KafkaAccess access) throws KafkaAccess.AccessException;
  }

  private static int run(CommandSpec spec, BrokerOption broker, AccessAction action) {
    try (KafkaAccess access = new KafkaAccess(broker.clientProperties(), broker.timeoutSeconds)) {
      action.run(access);
      return 0;
    } catch (KafkaAccess.AccessException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ConnectorsCli.BROKER_FAILURE;
    }
  }
}
