/** Text normalisation, language detection and the Lucene analyzers shared by every text detector. */
package fr.sentinelle.models.text;
