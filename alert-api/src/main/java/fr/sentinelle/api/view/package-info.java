/** The JSON shapes the API returns, and their mapping from Avro alerts. */
package fr.sentinelle.api.view;
