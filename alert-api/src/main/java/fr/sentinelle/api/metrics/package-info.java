/** Prometheus metrics of the alert service, names kept in one place. */
package fr.sentinelle.api.metrics;
