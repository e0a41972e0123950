package fr.sentinelle.broker;

import java.nio.file.Path;
import java.util.Properties;

/** The server.properties of a single-node KRaft broker that is also its own controller. */
final class ServerProperties {
  static final int NODE_ID = 1;

  private ServerProperties() {}

  static Properties of(String host, int port, int controllerPort, Path logDir, ScramAdmin scram) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
    p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
    // One node: every internal topic has one replica.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "4");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "4");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // Topics are created deliberately (partitions, retention) by the connectors' topic plan.
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("num.partitions", "1");
    p.setProperty("log.retention.hours", "168");
    if (scram != null) {
      secure(p, scram);
    }
    return p;
  }

  /**
   * Clients authenticate with SCRAM on the client listener and every request is checked against ACLs
   * (nothing is allowed without one). The controller listener stays plaintext on loopback: the node
   * talks to itself there as ANONYMOUS, so ANONYMOUS is a super user — but only that listener can
   * produce it, since every client connection is authenticated.
   */
  private static void secure(Properties p, ScramAdmin scram) {
    p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:SASL_PLAINTEXT");
    p.setProperty("sasl.enabled.mechanisms", ScramAdmin.MECHANISM);
    p.setProperty("sasl.mechanism.inter.broker.protocol", ScramAdmin.MECHANISM);
    p.setProperty("listener.name.plaintext.scram-sha-512.sasl.jaas.config",
        ScramAdmin.jaas(ScramAdmin.USER, scram.password()));
    p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    p.setProperty("allow.everyone.if.no.acl.found", "false");
    p.setProperty("super.users", "User:" + ScramAdmin.USER + ";User:ANONYMOUS");
  }
}
