/** Avro single-object encoding and decoding, with the schema history that lets new readers read old messages. */
package fr.sentinelle.avro.codec;
