/** Starts the real broker, the detector jobs and the alert service on one machine, for the demo and the end-to-end tests. */
package fr.sentinelle.stack;
