/** Generated Avro classes of the feed records (one record type per detector feed). */
package fr.sentinelle.avro.feed;
