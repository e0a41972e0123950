/** The platform contract: feeds, their topics, and the detectors that read them. */
package fr.sentinelle.avro;
