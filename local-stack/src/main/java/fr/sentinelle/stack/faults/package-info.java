/** {@code bench --faults}: faults and hostile input injected into a running local stack mid-replay, with exact expected alerts and measured recovery times. */
package fr.sentinelle.stack.faults;
