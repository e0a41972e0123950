/** The {@code stack up|status|down} commands: the whole stack on a Flink session cluster, its state file and health checks. */
package fr.sentinelle.stack.session;
