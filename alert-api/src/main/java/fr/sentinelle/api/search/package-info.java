/** Full-text search over alerts with Lucene, in step with the alert store. */
package fr.sentinelle.api.search;
