/** Reading feed files: CSV and JSON Lines, gzipped or not, strictly decoded as UTF-8 line by line. */
package fr.sentinelle.connectors.read;
