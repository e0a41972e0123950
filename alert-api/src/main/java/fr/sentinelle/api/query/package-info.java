/** Filters and paging of alert queries, parsed from request parameters with clear errors. */
package fr.sentinelle.api.query;
