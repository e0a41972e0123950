/** Generated Avro classes of alerts and dead letters, common to all detectors. */
package fr.sentinelle.avro.alert;
