/** Mapping rows read from a file onto a feed's Avro record, generically by field name. */
package fr.sentinelle.connectors.map;
