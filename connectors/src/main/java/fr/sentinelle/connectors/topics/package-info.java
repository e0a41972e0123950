/** The topic plan of Sentinelle (partitions, retention) and its idempotent creation. */
package fr.sentinelle.connectors.topics;
