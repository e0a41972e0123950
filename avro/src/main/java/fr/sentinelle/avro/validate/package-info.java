/** Business rules a feed record must meet before it is published or scored, beyond what its schema says. */
package fr.sentinelle.avro.validate;
