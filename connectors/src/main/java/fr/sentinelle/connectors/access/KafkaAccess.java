package fr.sentinelle.connectors.access;

import fr.sentinelle.avro.Feed;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePatternFilter;

/** Creates, lists and removes Kafka users (SCRAM-SHA-512 credentials) and their ACLs, as an admin user. */
public final class KafkaAccess implements AutoCloseable {
  /** Above the SCRAM-SHA-512 minimum of 4096: costlier to brute-force a stolen credential. */
  static final int ITERATIONS = 8192;

  private final Admin admin;
  private final int timeoutSeconds;

  /** @param adminClient bootstrap.servers and the settings of a user allowed to alter users and ACLs */
  public KafkaAccess(Properties adminClient, int timeoutSeconds) {
    this.admin = Admin.create(adminClient);
    this.timeoutSeconds = timeoutSeconds;
  }

  /** Creates or updates the user's password and adds the role's ACLs; returns how many ACLs were written. */
  public int grant(String user, String password, KafkaRole role, List<Feed> feeds) throws AccessException {
    var acls = AccessPlan.bindings(user, role, feeds);
    await(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), password))).all(), "set the password of " + user);
    await(admin.createAcls(acls).all(), "write the ACLs of " + user);
    awaitVisible(user, acls.size());
    return acls.size();
  }

  /**
   * The controller has committed the credential and ACLs when the calls return, but the broker applies
   * them from its metadata log a moment later: wait (bounded) so the user can connect as soon as we return.
   */
  private void awaitVisible(String user, int aclCount) throws AccessException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (true) {
      boolean credential = await(admin.describeUserScramCredentials().all(),
          "read the credential of " + user).containsKey(user);
      if (credential && describe(user).size() >= aclCount) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AccessException("the broker did not apply the credential and ACLs of " + user + " within "
            + timeoutSeconds + " s", null);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
  }

  /** Removes the user's credential and every ACL naming it. */
  public void revoke(String user) throws AccessException {
    await(admin.deleteAcls(List.of(filterFor(user))).all(), "delete the ACLs of " + user);
    await(admin.alterUserScramCredentials(List.of(
        new UserScramCredentialDeletion(user, ScramMechanism.SCRAM_SHA_512))).all(), "delete the credential of " + user);
  }

  /** Every ACL of the user, as "ALLOW WRITE on TOPIC sentinelle.feed.reviews (LITERAL)" lines, sorted. */
  public List<String> describe(String user) throws AccessException {
    return await(admin.describeAcls(filterFor(user)).values(), "list the ACLs of " + user).stream()
        .map(b -> b.entry().permissionType() + " " + b.entry().operation() + " on " + b.pattern().resourceType()
            + " " + b.pattern().name() + " (" + b.pattern().patternType() + ")")
        .sorted().toList();
  }

  private static AclBindingFilter filterFor(String user) {
    return new AclBindingFilter(ResourcePatternFilter.ANY,
        new AccessControlEntryFilter("User:" + user, null, AclOperation.ANY, AclPermissionType.ANY));
  }

  private <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) throws AccessException {
    try {
      return future.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AccessException("cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new AccessException("cannot " + what + ": no answer from Kafka within " + timeoutSeconds + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccessException("interrupted while trying to " + what, e);
    }
  }

  @Override
  public void close() {
    admin.close();
  }

  /** A request the broker refused or did not answer, with the reason. */
  public static final class AccessException extends Exception {
    AccessException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
