/** The integrators' command line: publish a feed file, create topics. */
package fr.sentinelle.connectors.cli;
