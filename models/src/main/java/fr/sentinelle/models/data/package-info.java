/** Reading labelled training data (CSV, optionally gzipped) with clear errors, de-duplication and splits. */
package fr.sentinelle.models.data;
