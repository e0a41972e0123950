package fr.sentinelle.connectors.cli;

import fr.sentinelle.connectors.topics.PlannedTopic;
import fr.sentinelle.connectors.topics.TopicAdmin;
import fr.sentinelle.connectors.topics.TopicPlan;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code topics create}: creates the planned topics that are missing; {@code topics plan}: prints the plan. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Manage Sentinelle's Kafka topics.",
    subcommands = {TopicsCommand.Create.class, TopicsCommand.Plan.class})
final class TopicsCommand {

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create the planned topics that do not exist yet (existing ones are left alone).")
  static final class Create implements Callable<Integer> {
    @Mixin BrokerOption broker;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        List<String> created = TopicAdmin.ensure(broker.clientProperties(), TopicPlan.topics(), broker.timeoutSeconds);
        int total = TopicPlan.topics().size();
        created.forEach(name -> out.println("created " + name));
        out.println(created.size() + " topics created, " + (total - created.size()) + " already existed");
        return 0;
      } catch (TopicAdmin.BrokerException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return ConnectorsCli.BROKER_FAILURE;
      }
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true, description = "Print the topic plan.")
  static final class Plan implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      for (PlannedTopic t : TopicPlan.topics()) {
        String retention = t.retention() == null ? "forever" : t.retention().toDays() + "d";
        spec.commandLine().getOut().printf("%-32s partitions=%d retention=%-7s cleanup=%-14s timestamps=%-13s %s%n",
            t.name(), t.partitions(), retention, t.cleanupPolicy(), t.timestampType(), t.why());
      }
      return 0;
    }
  }
}
