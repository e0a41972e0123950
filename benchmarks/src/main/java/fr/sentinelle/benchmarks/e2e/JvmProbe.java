package fr.sentinelle.benchmarks.e2e;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads a child JVM's CPU time and heap through its platform MXBeans: the JDK's attach API starts
 * the child's local management agent, so the child needs no flag and no port.
 */
public final class JvmProbe implements AutoCloseable {
  private final JMXConnector connector;
  private final OperatingSystemMXBean os;
  private final MemoryMXBean memory;

  private JvmProbe(JMXConnector connector, MBeanServerConnection server) throws IOException {
    this.connector = connector;
    this.os = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
        OperatingSystemMXBean.class);
    this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
        MemoryMXBean.class);
  }

  public static JvmProbe attach(long pid) throws IOException {
    VirtualMachine vm;
    try {
      vm = VirtualMachine.attach(Long.toString(pid));
    } catch (com.sun.tools.attach.AttachNotSupportedException e) {
      throw new IOException("cannot attach to JVM " + pid + ": " + e.getMessage(), e);
    }
    try {
      String address = vm.startLocalManagementAgent();
      JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
      return new JvmProbe(connector, connector.getMBeanServerConnection());
    } finally {
      vm.detach();
    }
  }

  /** CPU time the whole process used so far, in nanoseconds (all its threads). */
  public long processCpuNanos() {
    return os.getProcessCpuTime();
  }

  public long heapUsedBytes() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  public long heapCommittedBytes() {
    return memory.getHeapMemoryUsage().getCommitted();
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
