/** Publishing mapped and validated records to Kafka, with pacing, progress and a report of rejects. */
package fr.sentinelle.connectors.publish;
