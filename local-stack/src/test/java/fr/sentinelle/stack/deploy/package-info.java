/** Checks of the Kubernetes manifests in deploy/. */
package fr.sentinelle.stack.deploy;
