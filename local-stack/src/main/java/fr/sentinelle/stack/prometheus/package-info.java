/** The Prometheus server of the local stack: its configuration, generated for the stack's ports, and its process. */
package fr.sentinelle.stack.prometheus;
