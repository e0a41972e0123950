package fr.sentinelle.connectors.access;

import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/** The ACLs of one Kafka user in one role: the one place Sentinelle's Kafka permissions are decided. */
public final class AccessPlan {
  /** Flink jobs' consumer groups are named sentinelle-&lt;detector&gt; (see the jobs' --group-id). */
  static final String JOB_GROUP_PREFIX = "sentinelle-";
  /** The alert service's Kafka Streams application id: its group, internal topics and transactional ids. */
  static final String ALERT_SERVICE_APPLICATION_ID = "sentinelle-alert-api";

  private AccessPlan() {}

  /**
   * @param feeds for an integrator, the feeds it publishes; for a detector job, the feeds it reads
   *     (ignored for the alert service)
   */
  public static List<AclBinding> bindings(String user, KafkaRole role, List<Feed> feeds) {
    String principal = "User:" + user;
    List<AclBinding> acls = new ArrayList<>();
    switch (role) {
      case INTEGRATOR -> feeds.forEach(feed -> allow(acls, principal, topic(feed.topic()),
          AclOperation.WRITE, AclOperation.DESCRIBE));
      case DETECTOR_JOB -> {
        feeds.forEach(feed -> allow(acls, principal, topic(feed.topic()), AclOperation.READ, AclOperation.DESCRIBE));
        allow(acls, principal, prefixed(ResourceType.GROUP, JOB_GROUP_PREFIX), AclOperation.READ);
        allow(acls, principal, topic(Topics.ALERTS), AclOperation.WRITE, AclOperation.DESCRIBE);
        allow(acls, principal, topic(Topics.DEAD_LETTERS), AclOperation.WRITE, AclOperation.DESCRIBE);
      }
      case ALERT_SERVICE -> {
        allow(acls, principal, topic(Topics.ALERTS), AclOperation.READ, AclOperation.DESCRIBE);
        allow(acls, principal, topic(Topics.ALERT_ACTIONS), AclOperation.READ, AclOperation.WRITE,
            AclOperation.DESCRIBE);
        allow(acls, principal, topic(Topics.FEEDBACK), AclOperation.WRITE, AclOperation.DESCRIBE);
        // Kafka Streams creates and uses its changelog topics under the application id.
        allow(acls, principal, prefixed(ResourceType.TOPIC, ALERT_SERVICE_APPLICATION_ID), AclOperation.ALL);
        allow(acls, principal, prefixed(ResourceType.GROUP, ALERT_SERVICE_APPLICATION_ID), AclOperation.READ);
        allow(acls, principal, prefixed(ResourceType.TRANSACTIONAL_ID, ALERT_SERVICE_APPLICATION_ID),
            AclOperation.WRITE, AclOperation.DESCRIBE);
      }
      default -> throw new IllegalArgumentException("no plan for role " + role);
    }
    return List.copyOf(acls);
  }

  private static ResourcePattern topic(String name) {
    return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
  }

  private static ResourcePattern prefixed(ResourceType type, String prefix) {
    return new ResourcePattern(type, prefix, PatternType.PREFIXED);
  }

  private static void allow(List<AclBinding> acls, String principal, ResourcePattern resource,
      AclOperation... operations) {
    for (AclOperation operation : operations) {
      // Host "*": clients are identified by their authenticated user, not by where they connect from.
      acls.add(new AclBinding(resource, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
    }
  }
}
