/** Who may read and write which topics when the broker authenticates clients (SASL/SCRAM) and checks ACLs. */
package fr.sentinelle.connectors.access;
